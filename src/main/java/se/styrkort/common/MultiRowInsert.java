package se.styrkort.common;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.query.NativeQuery;

/**
 * An INSERT of many rows in one statement per {@value #ROWS_PER_STATEMENT} rows. Hibernate cannot
 * batch inserts into tables with AUTO_INCREMENT ids (it needs each generated id back), so writes of
 * many insert-only rows whose ids nobody needs at once (history records, revisions) go through
 * here: their cost is then fixed instead of one statement per row.
 */
public final class MultiRowInsert {

  /** Keeps a statement well below MariaDB's placeholder limit and the default packet size. */
  public static final int ROWS_PER_STATEMENT = 500;

  private final String table;
  private final List<Column> columns = new ArrayList<>();
  private final List<Object[]> rows = new ArrayList<>();

  private record Column(String name, Class<?> type) {}

  public MultiRowInsert(String table) {
    this.table = table;
  }

  /** Declares the next column; {@code type} binds nulls in it correctly. */
  public MultiRowInsert column(String name, Class<?> type) {
    columns.add(new Column(name, type));
    return this;
  }

  /** Adds a row: one value per declared column, in order (enums are written by name). */
  public MultiRowInsert row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          table + " takes " + columns.size() + " values per row, not " + values.length);
    }
    rows.add(values);
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Writes every row added; returns the number of statements it took. */
  public int execute(EntityManager em) {
    int statements = 0;
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
      insert(em, chunk);
      statements++;
    }
    return statements;
  }

  /** A column that {@link #executeReturning} reads back from each inserted row. */
  public record Returned(String name, Class<?> type) {}

  /**
   * Writes every row added and reads {@code returned} of each back in the same statement (MariaDB's
   * INSERT … RETURNING), one row per row inserted, in order: the generated ids without a query of
   * their own. One statement per {@value #ROWS_PER_STATEMENT} rows, as {@link #execute}.
   */
  @SuppressWarnings("unchecked")
  public List<Object[]> executeReturning(EntityManager em, Returned... returned) {
    List<Object[]> read = new ArrayList<>(rows.size());
    String returning =
        " returning "
            + String.join(", ", java.util.Arrays.stream(returned).map(Returned::name).toList());
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
      NativeQuery<?> query = query(em, chunk, returning);
      for (Returned column : returned) {
        query.addScalar(column.name(), column.type());
      }
      for (Object row : query.getResultList()) {
        read.add(row instanceof Object[] columns ? columns : new Object[] {row});
      }
    }
    return read;
  }

  private void insert(EntityManager em, List<Object[]> chunk) {
    query(em, chunk, "").executeUpdate();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private NativeQuery<?> query(EntityManager em, List<Object[]> chunk, String suffix) {
    String placeholders = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    String sql =
        "insert into "
            + table
            + " ("
            + String.join(", ", columns.stream().map(Column::name).toList())
            + ") values "
            + String.join(", ", Collections.nCopies(chunk.size(), placeholders))
            + suffix;
    NativeQuery<?> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
    int position = 1;
    for (Object[] row : chunk) {
      for (int c = 0; c < row.length; c++) {
        Object value = row[c] instanceof Enum<?> constant ? constant.name() : row[c];
        query.setParameter(position++, value, (Class) columns.get(c).type());
      }
    }
    return query;
  }
}
