package org.treffpunkt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.ServerTest;

/**
 * The served OpenAPI document ({@code /openapi}) is valid for an independent parser
 * (swagger-parser) and complete: every operation has a summary, a description, a tag and its error
 * answers as problem+json; the security schemes are declared and every operation that needs an
 * account (401 for anonymous callers in the role matrix) requires one, while public ones require
 * none.
 */
@ServerTest
class OpenApiDocumentIT {

  private static OpenAPI api;

  @BeforeAll
  static void read() {
    Api.Reply reply = Api.anonymous().get("/openapi?format=JSON", "Accept", "application/json");
    assertEquals(200, reply.status(), reply.toString());
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(reply.body(), null, options);
    assertTrue(
        result.getMessages() == null || result.getMessages().isEmpty(),
        "validation messages: " + result.getMessages());
    api = result.getOpenAPI();
    assertNotNull(api, "not parsed");
  }

  @Test
  void theDocumentIsOpenApi31AndNamesTheApiItsVersionAndLicence() {
    assertTrue(api.getOpenapi().startsWith("3.1"), api.getOpenapi());
    assertEquals("Treffpunkt API", api.getInfo().getTitle());
    assertTrue(
        api.getInfo().getVersion().matches("\\d+\\.\\d+\\.\\d+"), api.getInfo().getVersion());
    assertTrue(!api.getInfo().getDescription().isBlank());
    assertTrue(!api.getInfo().getLicense().getName().isBlank());
    assertEquals("http://localhost:8080", api.getServers().get(0).getUrl());
  }

  @Test
  void basicAndBearerAreTheSecuritySchemes() {
    Map<String, SecurityScheme> schemes = api.getComponents().getSecuritySchemes();
    assertEquals(SecurityScheme.Type.HTTP, schemes.get("basic").getType());
    assertEquals("basic", schemes.get("basic").getScheme());
    assertEquals(SecurityScheme.Type.HTTP, schemes.get("bearer").getType());
    assertEquals("bearer", schemes.get("bearer").getScheme());
  }

  @Test
  void everyOperationIsDescribed() {
    List<String> missing = new ArrayList<>();
    forEachOperation(
        (name, op) -> {
          if (blank(op.getSummary())) {
            missing.add(name + ": no summary");
          }
          if (blank(op.getDescription())) {
            missing.add(name + ": no description");
          }
          if (op.getTags() == null || op.getTags().isEmpty()) {
            missing.add(name + ": no tag");
          }
          if (op.getResponses().keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            missing.add(name + ": no success answer");
          }
          parameters(name, op).stream()
              .filter(p -> blank(p.getDescription()))
              .forEach(p -> missing.add(name + ": parameter " + p.getName() + " undescribed"));
        });
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  @Test
  void everyErrorAnswerIsAProblem() {
    List<String> wrong = new ArrayList<>();
    forEachOperation(
        (name, op) -> {
          boolean anyError = false;
          for (var answer : op.getResponses().entrySet()) {
            if (!answer.getKey().startsWith("4") && !answer.getKey().startsWith("5")) {
              continue;
            }
            anyError = true;
            ApiResponse response = resolved(answer.getValue());
            MediaType problem =
                response.getContent() == null
                    ? null
                    : response.getContent().get("application/problem+json");
            if (problem == null
                || problem.getSchema() == null
                || !"#/components/schemas/Problem".equals(problem.getSchema().get$ref())) {
              wrong.add(name + " " + answer.getKey() + ": not problem+json with schema Problem");
            }
            if (blank(response.getDescription())) {
              wrong.add(name + " " + answer.getKey() + ": no description");
            }
          }
          boolean mayFail =
              !parameters(name, op).isEmpty()
                  || op.getRequestBody() != null
                  || op.getSecurity() != null;
          if (mayFail && !anyError) {
            wrong.add(name + ": no error answers");
          }
        });
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    assertNotNull(api.getComponents().getSchemas().get("Problem"));
  }

  /**
   * An operation anonymous callers get 401 from (the role matrix) names basic and bearer; one they
   * may call names no security.
   */
  @Test
  void operationsThatNeedAnAccountSaySo() {
    Map<String, String> anonymous = anonymousAnswers();
    List<String> wrong = new ArrayList<>();
    forEachOperation(
        (name, op) -> {
          String answer = anonymous.get(name);
          if (answer == null) {
            wrong.add(name + ": not in role-matrix.txt");
            return;
          }
          boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
          if (answer.equals("401") != secured) {
            wrong.add(
                name + ": anonymous callers get " + answer + ", security " + op.getSecurity());
          } else if (secured
              && !(op.getSecurity().stream().anyMatch(r -> r.containsKey("basic"))
                  && op.getSecurity().stream().anyMatch(r -> r.containsKey("bearer")))) {
            wrong.add(name + ": security " + op.getSecurity() + " lacks basic or bearer");
          }
        });
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  // ----------------------------------------------------------------------------------------------

  private static void forEachOperation(BiConsumer<String, Operation> check) {
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach((method, op) -> check.accept(method.name() + " " + path, op)));
  }

  private static List<Parameter> parameters(String name, Operation op) {
    List<Parameter> all = new ArrayList<>();
    PathItem item = api.getPaths().get(name.substring(name.indexOf(' ') + 1));
    if (item.getParameters() != null) {
      all.addAll(item.getParameters());
    }
    if (op.getParameters() != null) {
      all.addAll(op.getParameters());
    }
    return all.stream().map(OpenApiDocumentIT::resolved).toList();
  }

  private static Parameter resolved(Parameter parameter) {
    String ref = parameter.get$ref();
    return ref == null
        ? parameter
        : api.getComponents().getParameters().get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private static ApiResponse resolved(ApiResponse response) {
    String ref = response.get$ref();
    return ref == null
        ? response
        : api.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  /** "METHOD path" → what an anonymous caller gets, from the role matrix's first row of each. */
  static Map<String, String> anonymousAnswers() {
    Map<String, String> answers = new TreeMap<>();
    try (InputStream in =
        OpenApiDocumentIT.class.getResourceAsStream("/security/role-matrix.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] t = line.strip().split("\\s+");
        if (t.length < 7 || !t[0].matches("GET|POST|PUT|DELETE")) {
          continue;
        }
        int i = 2;
        while (t[i].startsWith("@")) {
          i++;
        }
        if (t[2].equals("@draft")) {
          continue; // drafts are hidden from anonymous callers (404): the plain row decides
        }
        answers.putIfAbsent(t[0] + " " + t[1], t[i]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return answers;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
