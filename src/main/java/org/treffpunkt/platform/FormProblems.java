package org.treffpunkt.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Function;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.platform.i18n.Messages;

/**
 * Shows a {@link ProblemException} on a Faces form: each field's message next to its input (the mapping names the
 * client id, or null for a message at the top), the detail at the top when no field is named. A refusal (401, 403)
 * ends the request with the error page and its status instead: a page never decides who may act, the control layer
 * does, and the page reports it.
 */
public final class FormProblems {

  private FormProblems() {}

  public static void show(FacesContext faces, ProblemException problem, Language language,
      Function<String, String> clientIdOfField) {
    if (problem.status() == 401 || problem.status() == 403) {
      try {
        ErrorPage.end(faces, problem.status());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return;
    }
    if (problem.violations().isEmpty()) {
      faces.addMessage(null, error(Messages.get(language, problem.detailKey(), problem.detailArgs())));
    }
    for (ProblemException.Violation violation : problem.violations()) {
      faces.addMessage(clientIdOfField.apply(violation.field()),
          error(Messages.get(language, violation.messageKey(), violation.args())));
    }
    faces.validationFailed();
  }

  public static FacesMessage error(String text) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }
}
