package org.treffpunkt.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.platform.i18n.Messages;

/**
 * Builds problem+json responses in the request's language; the one place that knows their shape.
 */
@ApplicationScoped
public class ProblemResponses {

  /** The authentication schemes the API accepts, offered with every 401. */
  public static final String CHALLENGE =
      "Basic realm=\"Treffpunkt\", charset=\"UTF-8\", Bearer realm=\"Treffpunkt\"";

  @Inject CurrentLanguage currentLanguage;

  public Response of(ProblemException problem) {
    Language language = currentLanguage.get();
    List<Problem.FieldError> errors =
        problem.violations().stream()
            .map(
                v ->
                    new Problem.FieldError(
                        v.field(), Messages.get(language, v.messageKey(), v.args())))
            .toList();
    String detail = Messages.get(language, problem.detailKey(), problem.detailArgs());
    Response response = of(problem.status(), detail, errors);
    return problem.retryAfterSeconds() > 0
        ? Response.fromResponse(response).header("Retry-After", problem.retryAfterSeconds()).build()
        : response;
  }

  public Response of(int status, String detail) {
    return of(status, detail, List.of());
  }

  private Response of(int status, String detail, List<Problem.FieldError> errors) {
    Language language = currentLanguage.get();
    String title = Messages.get(language, "problem.title." + status);
    Problem body = new Problem(typeOf(status), title, status, detail, errors);
    Response.ResponseBuilder response =
        Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    if (status == 401) {
      response.header("WWW-Authenticate", CHALLENGE);
    }
    return response.build();
  }

  /** Localised detail for a status alone (401, 403, 404 of unknown paths, 405, 415 …). */
  public Response ofStatus(int status) {
    return of(status, Messages.get(currentLanguage.get(), "problem.detail." + status));
  }

  /**
   * 503: the database cannot be reached now; retry after {@link
   * DatabaseUnavailable#RETRY_AFTER_SECONDS}.
   */
  public Response unavailable() {
    return Response.fromResponse(ofStatus(503))
        .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
        .build();
  }

  String detailFor500(String reference) {
    return Messages.get(currentLanguage.get(), "problem.detail.500", reference);
  }

  static String typeOf(int status) {
    return switch (status) {
      case 400 -> "urn:treffpunkt:problem:invalid-input";
      case 409 -> "urn:treffpunkt:problem:conflict";
      case 429 -> "urn:treffpunkt:problem:rate-limited";
      case 503 -> "urn:treffpunkt:problem:unavailable";
      default -> "about:blank";
    };
  }
}
