package org.treffpunkt.platform;

import jakarta.el.ValueExpression;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlForm;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * Puts the page's script nonce into every form as a hidden field. PrimeFaces'
 * Content-Security-Policy mode checks it on every post and its script adds it to forms, so without
 * this a browser without JavaScript (or with a blocked script) could not send any form; with it,
 * the script only fills in the field that is already there. The nonce is in the page anyway (on
 * every script tag), so this discloses nothing. Registered in faces-config.xml for every form.
 */
@Named("cspNonceField")
@RequestScoped
public class CspNonceField {

  static final String ID = "cspNonce";

  /** The hidden field, with this response's nonce. */
  public String getInput() {
    String nonce = PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    return "<input type=\"hidden\" name=\"primefaces.nonce\" value=\"" + nonce + "\"/>";
  }

  /** Adds the field to each form when the form enters the view. */
  public static class Adder implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
      return source instanceof HtmlForm;
    }

    @Override
    public void processEvent(SystemEvent event) {
      UIComponent form = (UIComponent) event.getSource();
      if (form.getChildren().stream().anyMatch(c -> ID.equals(c.getId()))) {
        return;
      }
      FacesContext faces = FacesContext.getCurrentInstance();
      HtmlOutputText field = new HtmlOutputText();
      field.setId(ID);
      field.setEscape(false);
      field.setTransient(true);
      ValueExpression input =
          faces
              .getApplication()
              .getExpressionFactory()
              .createValueExpression(faces.getELContext(), "#{cspNonceField.input}", String.class);
      field.setValueExpression("value", input);
      form.getChildren().add(field);
    }
  }
}
