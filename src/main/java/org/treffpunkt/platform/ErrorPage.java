package org.treffpunkt.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Which error the one error page explains, from what the servlet container passes to it. */
@Named
@RequestScoped
public class ErrorPage {

  @Inject HttpServletRequest request;

  /**
   * Ends a Faces request with the 404 page (a view parameter naming nothing, or something not
   * visible).
   */
  public static void notFound(jakarta.faces.context.FacesContext faces) throws java.io.IOException {
    end(faces, 404);
  }

  /**
   * Ends a Faces request with the error page of {@code status} (403: the caller may not do this).
   */
  public static void end(jakarta.faces.context.FacesContext faces, int status)
      throws java.io.IOException {
    faces.getExternalContext().responseSendError(status, "");
    faces.responseComplete();
  }

  /**
   * The bundle key part: {@code notFound}, {@code forbidden}, {@code expired} or {@code general}.
   */
  public String getKind() {
    Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    for (Object t = exception; t instanceof Throwable throwable; t = throwable.getCause()) {
      if (throwable instanceof ViewExpiredException) {
        return "expired";
      }
    }
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (status instanceof Integer code) {
      return switch (code) {
        case 404 -> "notFound";
        case 403 -> "forbidden";
        default -> "general";
      };
    }
    return "general";
  }
}
