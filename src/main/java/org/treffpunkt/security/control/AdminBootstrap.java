package org.treffpunkt.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.treffpunkt.platform.DatabaseReady;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.platform.access.Role;

/**
 * Creates the user {@code admin} at the first start: with {@code TREFFPUNKT_ADMIN_PASSWORD}, or
 * else with a random password that is printed once to the server log (the only password that ever
 * appears there).
 */
@ApplicationScoped
public class AdminBootstrap {

  public static final String ADMIN_USERNAME = "admin";
  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @Inject UserDirectory directory;
  @Inject Settings settings;

  void onDatabaseReady(@Observes DatabaseReady ready) {
    if (directory.exists(ADMIN_USERNAME)) {
      return;
    }
    String password = settings.adminPassword().orElseGet(AdminBootstrap::randomPassword);
    try {
      directory.create(
          ADMIN_USERNAME, "Administrator", password.toCharArray(), EnumSet.of(Role.ADMIN), null);
    } catch (RuntimeException createdByAnotherNode) {
      if (directory.exists(ADMIN_USERNAME)) {
        return; // another server of the cluster was quicker
      }
      throw createdByAnotherNode;
    }
    if (settings.adminPassword().isPresent()) {
      LOG.info("Created user 'admin' with the password from TREFFPUNKT_ADMIN_PASSWORD");
    } else {
      LOG.warning(
          "Created user 'admin' with the random password "
              + password
              + " (shown once; set TREFFPUNKT_ADMIN_PASSWORD"
              + " before the first start to choose it)");
    }
  }

  static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
