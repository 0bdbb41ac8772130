package org.treffpunkt.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;

/**
 * At start-up: applies the versioned migrations in {@code db/migration} (the same scripts on H2 and
 * MariaDB), then has Hibernate validate the entities against the schema, then announces {@link
 * DatabaseReady}. Hibernate never generates the schema. With several servers, Flyway's database
 * lock lets one migrate while the others wait.
 */
@ApplicationScoped
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/TreffpunktDS")
  DataSource dataSource;

  @PersistenceUnit EntityManagerFactory entityManagerFactory;

  @Inject Event<DatabaseReady> ready;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    ready.fire(new DatabaseReady());
  }
}
