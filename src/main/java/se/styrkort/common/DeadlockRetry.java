package se.styrkort.common;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Runs a transaction once more when InnoDB broke a deadlock by rolling it back: the one place where
 * same-row races (six PUTs of one target at once) are retried, for every {@code @Transactional}
 * service. Only the outermost transaction is retried, since only it was wholly rolled back, and
 * only once: the second run re-reads everything and checks If-Match again, so it either succeeds or
 * answers as a request that came second would (412, 409, 428). A deadlock on the second run is a
 * 409 with Retry-After ({@link ProblemMapper}).
 *
 * <p>It sits just outside the transaction interceptor (whose priority is PLATFORM_BEFORE + 200), so
 * each run has its own transaction and persistence context.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 199)
public class DeadlockRetry {

  private static final Logger LOG = Logger.getLogger(DeadlockRetry.class);

  @Inject TransactionManager transactions;

  @AroundInvoke
  Object retryOnce(InvocationContext invocation) throws Exception {
    if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
      return invocation.proceed();
    }
    try {
      return invocation.proceed();
    } catch (Exception e) {
      if (!SqlErrors.deadlock(e)) {
        throw e;
      }
      // One line, no stack trace: a broken deadlock is the database doing its job.
      LOG.infof(
          "Deadlock in %s.%s; running it once more",
          invocation.getMethod().getDeclaringClass().getSimpleName(),
          invocation.getMethod().getName());
      return invocation.proceed();
    }
  }
}
