package org.treffpunkt.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Function;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.platform.i18n.Messages;

/**
 * Shows a {@link ProblemException} on a Faces form: each field's message next to its input (the mapping names the
 * client id, or null for a message at the top), the detail at the top when no field is named.
 */
public final class FormProblems {

  private FormProblems() {}

  public static void show(FacesContext faces, ProblemException problem, Language language,
      Function<String, String> clientIdOfField) {
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
