package org.treffpunkt.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The field messages of a form, for its error summary and for tying each field to its message: a
 * field {@code name} shows its message in {@code <p:message id="nameMessage" for="name"/>}, which
 * {@code aria-describedby} names.
 */
@Named
@RequestScoped
public class FieldMessages {

  /**
   * One entry of the summary: the field's client id and "label: message" (the field's {@code
   * label}).
   */
  public record Entry(String clientId, String text) {}

  @Inject FacesContext faces;

  /**
   * The messages of the form's fields, in the order of the fields (not cached: messages come during
   * the request).
   */
  public List<Entry> of(String formId) {
    return collect(formId);
  }

  /**
   * The id of the field's message element if the field has a message, else null (no attribute is
   * rendered).
   */
  public String describedBy(String clientId) {
    return faces.getMessageList(clientId).isEmpty() ? null : clientId + "Message";
  }

  private List<Entry> collect(String formId) {
    UIComponent form = faces.getViewRoot().findComponent(formId);
    if (form == null || !faces.getMessages().hasNext()) {
      return List.of();
    }
    List<Entry> entries = new ArrayList<>();
    collect(form, entries);
    return entries;
  }

  /**
   * Walks the components (not visitTree: that would iterate the summary's own ui:repeat, which asks
   * this bean).
   */
  private void collect(UIComponent component, List<Entry> entries) {
    String clientId = component.getClientId(faces);
    for (FacesMessage message : faces.getMessageList(clientId)) {
      Object label = component.getAttributes().get("label");
      entries.add(
          new Entry(
              clientId,
              label == null ? message.getSummary() : label + ": " + message.getSummary()));
    }
    for (UIComponent child : component.getChildren()) {
      collect(child, entries);
    }
  }
}
