package se.styrkort.common;

import java.sql.SQLException;

/**
 * What a database failure means for the request, read from the MariaDB error code anywhere in the
 * cause chain (Hibernate and JTA wrap it differently depending on where it surfaced: a flush, a
 * query, the commit).
 */
public final class SqlErrors {

  /** ER_DUP_ENTRY: a unique key already holds the value. */
  static final int DUPLICATE_KEY = 1062;

  /** ER_LOCK_WAIT_TIMEOUT: another transaction held the row longer than the wait allowed. */
  static final int LOCK_WAIT_TIMEOUT = 1205;

  /** ER_LOCK_DEADLOCK: InnoDB chose this transaction to break a deadlock and rolled it back. */
  static final int DEADLOCK = 1213;

  private SqlErrors() {}

  public static boolean duplicateKey(Throwable e) {
    return hasCode(e, DUPLICATE_KEY);
  }

  public static boolean lockWaitTimeout(Throwable e) {
    return hasCode(e, LOCK_WAIT_TIMEOUT);
  }

  /** A deadlock: the whole transaction was rolled back and may be run again from the start. */
  public static boolean deadlock(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && (sql.getErrorCode() == DEADLOCK || "40001".equals(sql.getSQLState()))) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static boolean hasCode(Throwable e, int code) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getErrorCode() == code) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
