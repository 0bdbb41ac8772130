package org.treffpunkt.platform;

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

  private static boolean named(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c.getName().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
