package org.treffpunkt.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The field messages of a form, for its error summary and for tying each field to its message: a field {@code name}
 * shows its message in {@code <p:message id="nameMessage" for="name"/>}, which {@code aria-describedby} names.
 */
@Named
@RequestScoped
public class FieldMessages {

  /** One entry of the summary: the field's client id and "label: message" (the field's {@code label}). */
  public record Entry(String clientId, String text) {}

  @Inject FacesContext faces;

  private final Map<String, List<Entry>> forms = new HashMap<>();

  /** The messages of the form's fields, in the order of the fields. */
  public List<Entry> of(String formId) {
    return forms.computeIfAbsent(formId, this::collect);
  }

  /** The id of the field's message element if the field has a message, else null (no attribute is rendered). */
  public String describedBy(String clientId) {
    return faces.getMessageList(clientId).isEmpty() ? null : clientId + "Message";
  }

  private List<Entry> collect(String formId) {
    UIComponent form = faces.getViewRoot().findComponent(formId);
    if (form == null || !faces.getMessages().hasNext()) {
      return List.of();
    }
    List<Entry> entries = new ArrayList<>();
    form.visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
      String clientId = component.getClientId(faces);
      for (FacesMessage message : faces.getMessageList(clientId)) {
        Object label = component.getAttributes().get("label");
        entries.add(new Entry(clientId, label == null ? message.getSummary() : label + ": " + message.getSummary()));
      }
      return VisitResult.ACCEPT;
    });
    return entries;
  }
}
