package org.treffpunkt.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document ({@code /openapi}): the server is the public base URL ({@code
 * TREFFPUNKT_BASE_URL}), the external documentation its API page, and every operation gets the
 * error answers that follow from its shape, as problem+json (components in {@code
 * META-INF/openapi.yaml}): with credentials 401, 403 and 429 (throttled password attempts); with a
 * body 400, 413 and 415; with a path parameter 404; with query parameters 400. What only an
 * operation knows (409, a rate limit) is annotated on it with its status and description; every
 * error answer without content of its own is problem+json. Path parameters, named alike across the
 * API, are described here unless an operation does.
 */
public class ApiDocument implements OASFilter {

  /** The security schemes, as named in {@code META-INF/openapi.yaml}. */
  public static final String BEARER = "bearer";

  public static final String BASIC = "basic";

  /** The components schema of every error answer (problem+json). */
  private static final String PROBLEM_SCHEMA = "Problem";

  private static final Map<String, String> PATH_PARAMETERS =
      Map.of(
          "id", "The id of the meeting (paths under /meetings), series, help offer, user or token",
          "code", "The registration's short code (as on the confirmation)",
          "token", "The secret token from the registration's confirmation",
          "walkInId", "The id of the walk-in record",
          "interpreterId", "The interpreter's id",
          "assignmentId", "The id of the interpreter booking");

  @Override
  public void filterOpenAPI(OpenAPI api) {
    // the runtime adds empty ones, which are not valid (externalDocs needs a url)
    String baseUrl = new Settings().baseUrl();
    api.setExternalDocs(
        OASFactory.createExternalDocumentation()
            .url(baseUrl + "/api-docs/")
            .description("The API reference to read"));
    if (api.getInfo() != null
        && api.getInfo().getContact() != null
        && api.getInfo().getContact().getName() == null
        && api.getInfo().getContact().getUrl() == null
        && api.getInfo().getContact().getEmail() == null) {
      api.getInfo().setContact(null);
    }
    api.setServers(
        List.of(
            OASFactory.createServer()
                .url(baseUrl)
                .description("This installation (TREFFPUNKT_BASE_URL)")));
    if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
      api.getPaths()
          .getPathItems()
          .values()
          .forEach(
              item ->
                  item.getOperations()
                      .values()
                      .forEach(operation -> complete(item.getParameters(), operation)));
    }
  }

  /** The operation's error answers, and descriptions of its path parameters (or its path's). */
  private static void complete(List<Parameter> ofPath, Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    List<Parameter> parameters = new ArrayList<>();
    if (ofPath != null) {
      parameters.addAll(ofPath);
    }
    if (operation.getParameters() != null) {
      parameters.addAll(operation.getParameters());
    }
    if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
      add(responses, "401", "Unauthorized");
      add(responses, "403", "Forbidden");
      add(responses, "429", "TooManyRequests");
    }
    if (operation.getRequestBody() != null) {
      add(responses, "400", "BadRequest");
      add(responses, "413", "PayloadTooLarge");
      add(responses, "415", "UnsupportedMediaType");
    }
    parameters.stream()
        .filter(p -> p.getIn() == Parameter.In.PATH && p.getDescription() == null)
        .forEach(p -> p.setDescription(PATH_PARAMETERS.get(p.getName())));
    if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
      add(responses, "404", "NotFound");
    }
    if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY)) {
      add(responses, "400", "BadRequest");
    }
    if (responses.getAPIResponses() != null) {
      responses.getAPIResponses().forEach(ApiDocument::problemUnlessDescribed);
    }
  }

  /** An error answer an operation annotated with its status and description only: problem+json. */
  private static void problemUnlessDescribed(String status, APIResponse response) {
    if (status.matches("[45]\\d\\d")
        && response.getRef() == null
        && response.getContent() == null) {
      response.setContent(
          OASFactory.createContent()
              .addMediaType(
                  Problem.MEDIA_TYPE,
                  OASFactory.createMediaType()
                      .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
    }
  }

  private static void add(APIResponses responses, String status, String component) {
    Map<String, ?> existing = responses.getAPIResponses();
    if (existing == null || !existing.containsKey(status)) {
      responses.addAPIResponse(
          status, OASFactory.createAPIResponse().ref("#/components/responses/" + component));
    }
  }
}
