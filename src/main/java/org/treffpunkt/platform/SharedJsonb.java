package org.treffpunkt.platform;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every body the API reads or writes. Without a resolver, RESTEasy 6.2
 * builds a new {@code Jsonb} for each body and closes it afterwards, so Yasson analyses the record
 * classes (annotations, constructors, properties) on every request: in a JFR profile of creating
 * meetings with an API token that was 60 % of the server's CPU. The configuration is Yasson's
 * default, as before, so the JSON is the same.
 */
@Provider
@ApplicationScoped
public class SharedJsonb implements ContextResolver<Jsonb> {

  private final Jsonb jsonb = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }

  @PreDestroy
  void close() throws Exception {
    jsonb.close();
  }
}
