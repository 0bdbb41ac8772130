package org.treffpunkt.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * HTTP sessions are bounded: a visitor's session (a form being filled in) lives {@link
 * #ANONYMOUS_MINUTES} without a request, a logged-in staff member's {@link #STAFF_MINUTES} (set at
 * login). Pages without a form create none. Over https the session cookie is {@code Secure}.
 */
@WebListener
public class Sessions implements HttpSessionListener, ServletContextListener {

  /** Long enough to fill in the registration form slowly, with a dictionary at hand. */
  public static final int ANONYMOUS_MINUTES = 30;

  public static final int STAFF_MINUTES = 60;

  @Inject Settings settings;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (settings.secure()) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    event.getSession().setMaxInactiveInterval(ANONYMOUS_MINUTES * 60);
  }
}
