package org.treffpunkt.platform;

import jakarta.transaction.Status;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure that means "the database cannot be reached right now" (stopped, restarting,
 * no connection free within the pool's blocking timeout), which the client should retry later (503
 * with {@code Retry-After}), unlike a failure of ours (500). The pool validates every connection it
 * hands out and replaces broken ones, so the service recovers by itself once the database is back
 * (wildfly-config/datasource.cli).
 */
public final class DatabaseUnavailable {

  /** What the 503 answers tell clients to wait before retrying. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private DatabaseUnavailable() {}

  public static boolean causedBy(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || t instanceof ConnectException
          || t instanceof FailedRead
          || t instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("08")
          || named(t.getClass(), "org.hibernate.exception.JDBCConnectionException")
          // the pool could not hand out a connection (IronJacamar's ResourceException and its
          // subclasses)
          || named(t.getClass(), "jakarta.resource.ResourceException")) {
        return true;
      }
    }
    return false;
  }

  /**
   * What {@code EntityManager.find} returned, unless its null means that the database failed:
   * inside a transaction Hibernate answers a read that failed with null instead of the exception
   * once the transaction is marked for rollback (IronJacamar marks it when the connection breaks;
   * HHH-12472, {@code SessionImpl.find}), and the caller would answer "does not exist" (404) to a
   * resident whose registration met a database that just went away. {@code transactionStatus} is
   * {@code TransactionSynchronizationRegistry.getTransactionStatus()}.
   */
  public static <T> T foundOrFailed(T entity, int transactionStatus) {
    if (entity == null && transactionStatus == Status.STATUS_MARKED_ROLLBACK) {
      throw new FailedRead();
    }
    return entity;
  }

  /**
   * A read of this transaction failed although no exception reached us (see {@link
   * #foundOrFailed}).
   */
  public static final class FailedRead extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FailedRead() {
      super("a read failed in a transaction marked for rollback", null, false, false);
    }
  }

  private static boolean named(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c.getName().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
