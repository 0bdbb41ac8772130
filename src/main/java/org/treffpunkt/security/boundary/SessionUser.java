package org.treffpunkt.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import org.treffpunkt.security.entity.UserAccount;

/**
 * Who logged in with the form, kept in the (replicable) HTTP session: the name and the account's
 * session epoch at login (a new password raises it and so ends the session), never a password.
 */
record SessionUser(String username, int epoch) implements Serializable {

  static final String ATTRIBUTE = "treffpunkt.user";

  /**
   * After an account's password changed in this very session, the session goes on (only the others
   * end).
   */
  static void renewIfSelf(HttpServletRequest request, UserAccount account) {
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(ATTRIBUTE) instanceof SessionUser user
        && user.username().equals(account.getUsername())) {
      session.setAttribute(ATTRIBUTE, new SessionUser(user.username(), account.getSessionEpoch()));
    }
  }
}
