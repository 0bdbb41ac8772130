package org.treffpunkt.platform;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.function.IntSupplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;

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
   * Throws {@link FailedRead} when the current transaction is marked for rollback; called where
   * something was not found ({@link ProblemException#notFound}). In such a transaction Hibernate's
   * {@code find} answers a read that the database failed with null instead of the exception
   * (HHH-12472, {@code SessionImpl.find}; IronJacamar marks the transaction when its connection
   * breaks), so "does not exist" would be wrong: a resident registering at the moment the database
   * went away would be told the meeting does not exist. The database is away: 503, retry later.
   */
  static void failIfTheTransactionFailed() {
    if (transactionStatus.getAsInt() == Status.STATUS_MARKED_ROLLBACK) {
      throw new FailedRead();
    }
  }

  /** The current transaction's status ({@code jakarta.transaction.Status}); tests replace it. */
  static IntSupplier transactionStatus = DatabaseUnavailable::currentTransactionStatus;

  private static volatile TransactionSynchronizationRegistry registry;

  /** From the server's registry (bound globally by WildFly); none without a server (unit tests). */
  private static int currentTransactionStatus() {
    TransactionSynchronizationRegistry known = registry;
    if (known == null) {
      try {
        known =
            (TransactionSynchronizationRegistry)
                new InitialContext().lookup("java:jboss/TransactionSynchronizationRegistry");
      } catch (NamingException e) {
        return Status.STATUS_NO_TRANSACTION;
      }
      registry = known;
    }
    return known.getTransactionStatus();
  }

  /**
   * A read of this transaction failed although no exception reached us (see {@link
   * #failIfTheTransactionFailed}).
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
