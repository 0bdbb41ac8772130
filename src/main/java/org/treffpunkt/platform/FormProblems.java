package org.treffpunkt.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.platform.i18n.Messages;

/**
 * Shows a {@link ProblemException} on a Faces form: each field's message next to its input, the
 * detail at the top when no field is named. Which input shows which field of the request is said in
 * the XHTML: the input whose id is the field's name ({@code .} as {@code _}: {@code title.de} →
 * {@code title_de}) or that names it in a passthrough attribute {@code data-field} (several
 * separated by spaces), so no bean knows client ids. A refusal (401, 403) ends the request with the
 * error page and its status instead: a page never decides who may act, the control layer does, and
 * the page reports it.
 */
public final class FormProblems {

  private FormProblems() {}

  /**
   * Shows the problem on the form {@code formId} (its inputs say which field they show, see above).
   */
  public static void show(
      FacesContext faces, ProblemException problem, Language language, String formId) {
    UIComponent form = faces.getViewRoot().findComponent(formId);
    Map<String, String> inputs = new HashMap<>();
    if (form != null) {
      collect(faces, form, inputs);
    }
    show(faces, problem, language, inputs::get);
  }

  private static void collect(
      FacesContext faces, UIComponent component, Map<String, String> inputs) {
    if (component.getId() != null) {
      inputs.putIfAbsent(component.getId().replace('_', '.'), component.getClientId(faces));
    }
    Object fields =
        component.getPassThroughAttributes(false) == null
            ? null
            : component.getPassThroughAttributes(false).get("data-field");
    if (fields != null) {
      for (String field : fields.toString().split("\\s+")) {
        inputs.put(field, component.getClientId(faces));
      }
    }
    for (UIComponent child : component.getChildren()) {
      collect(faces, child, inputs);
    }
  }

  public static void show(
      FacesContext faces,
      ProblemException problem,
      Language language,
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
      faces.addMessage(
          null, error(Messages.get(language, problem.detailKey(), problem.detailArgs())));
    }
    for (ProblemException.Violation violation : problem.violations()) {
      faces.addMessage(
          clientIdOfField.apply(violation.field()),
          error(Messages.get(language, violation.messageKey(), violation.args())));
    }
    faces.validationFailed();
  }

  public static FacesMessage error(String text) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }
}
