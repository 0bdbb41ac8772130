package org.treffpunkt.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.platform.i18n.Messages;

/**
 * problem+json written by servlet-level code (authentication, rate limit) that runs before JAX-RS.
 */
@ApplicationScoped
public class ServletProblems {

  private final Jsonb jsonb = JsonbBuilder.create();

  public void send(HttpServletRequest request, HttpServletResponse response, int status) {
    send(request, response, status, "problem.detail." + status);
  }

  /** A problem with a detail of its own (a bundle key). */
  public void send(
      HttpServletRequest request, HttpServletResponse response, int status, String detailKey) {
    Language language = CurrentLanguage.resolve(request);
    Problem problem =
        new Problem(
            ProblemResponses.typeOf(status),
            Messages.get(language, "problem.title." + status),
            status,
            Messages.get(language, detailKey),
            List.of());
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try {
      response.getWriter().write(jsonb.toJson(problem));
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
