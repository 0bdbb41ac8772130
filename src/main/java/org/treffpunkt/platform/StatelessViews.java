package org.treffpunkt.platform;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.treffpunkt.platform.i18n.AskedAddress;

/**
 * Public pages that show no form are stateless: they keep no view state, so a visitor reading them
 * creates no HTTP session (one per page view otherwise, for the script nonce of the
 * Content-Security-Policy alone). Marked when the view is created, before anything could store
 * state. Registered in faces-config.xml. A page whose form keeps no state (the registration form)
 * says so itself with {@code <f:view transient="true"/>}: when such a form is posted, Faces builds
 * its view again without asking this handler.
 */
public class StatelessViews extends ViewHandlerWrapper {

  /** Pages without a Faces form (the start page's filter is a plain GET form). */
  static final Set<String> VIEWS =
      Set.of(
          "/index.xhtml",
          "/meeting.xhtml",
          "/privacy.xhtml",
          "/error/error.xhtml",
          "/api-docs/index.xhtml");

  public StatelessViews(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot view = super.createView(context, viewId);
    if (view != null && VIEWS.contains(view.getViewId())) {
      view.setTransient(true);
    }
    return view;
  }

  /**
   * A stateless page's form is sent back to the address the visitor asked for ({@code
   * /meetings/42/register}, not {@code /register.xhtml}): the answer to a form sent with a mistake
   * keeps the readable address, and its language links keep the meeting.
   */
  @Override
  public String getActionURL(FacesContext context, String viewId) {
    UIViewRoot view = context.getViewRoot();
    if (view != null
        && view.isTransient()
        && viewId.equals(view.getViewId())
        && context.getExternalContext().getRequest() instanceof HttpServletRequest request) {
      return AskedAddress.uri(request);
    }
    return super.getActionURL(context, viewId);
  }
}
