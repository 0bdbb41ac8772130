package org.treffpunkt.registration.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.treffpunkt.platform.ErrorPage;
import org.treffpunkt.platform.QrCode;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.registration.control.RegistrationDesk;
import org.treffpunkt.registration.control.RegistrationView;
import org.treffpunkt.registration.control.RegistrationViews;
import org.treffpunkt.registration.entity.RegistrationStatus;

/**
 * A resident's own page behind the secret link: the confirmation right after registering (code,
 * link as QR code, printable), and later the place to check, download the date and cancel.
 */
@Named
@ViewScoped
public class SelfServicePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RegistrationDesk desk;
  @Inject RegistrationViews views;
  @Inject CurrentLanguage language;
  @Inject FacesContext faces;
  @Inject ExternalContext external;

  private String token;
  private transient RegistrationView registration;

  public void load() throws IOException {
    if (registration() == null) {
      ErrorPage.notFound(faces);
    }
  }

  private RegistrationView registration() {
    if (registration == null && token != null) {
      registration = desk.byToken(token).map(views::of).orElse(null);
    }
    return registration;
  }

  public void cancel() throws IOException {
    desk.byToken(token).ifPresent(desk::cancel);
    external.redirect(getLink() + "?lang=" + language.getCode());
  }

  /** Deletes everything about the resident at once and says so on the privacy page. */
  public void erase() throws IOException {
    desk.byToken(token).ifPresent(desk::erase);
    external.redirect(
        external.getRequestContextPath() + "/privacy.xhtml?erased=1&lang=" + language.getCode());
  }

  /** The meeting has begun: the resident may say whether it helped. */
  public boolean isFeedbackDue() {
    return registration() != null
        && !registration().meetingStart().toInstant().isAfter(java.time.Instant.now());
  }

  public RegistrationView getRegistration() {
    return registration();
  }

  public boolean isCancelled() {
    return registration() != null
        && RegistrationStatus.CANCELLED.name().equals(registration().status());
  }

  public String getLink() {
    return views.selfServiceUrl(token);
  }

  public String getIcsLink() {
    return views.icsUrl(token);
  }

  /** The link as a QR code, to photograph or print. */
  public String getQrCode() {
    return QrCode.svg(getLink(), language.message("registration.qrLabel"));
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
