package org.treffpunkt.calendar.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.treffpunkt.calendar.control.FeedTokens;
import org.treffpunkt.calendar.entity.FeedToken;
import org.treffpunkt.platform.Settings;

/** The back-office page of one's private calendar addresses. */
@Named
@ViewScoped
public class FeedTokenPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FeedTokens tokens;
  @Inject Settings settings;
  @Inject org.treffpunkt.platform.i18n.CurrentLanguage language;

  private String name;
  private String issuedUrl;

  public List<FeedToken> getTokens() {
    return tokens.mine();
  }

  public void create() {
    if (name == null || name.isBlank()) {
      name = language.message("manage.feeds");
    }
    String stripped = name.strip();
    FeedTokens.Issued issued =
        tokens.issue(
            new FeedTokens.FeedTokenRequest(
                stripped.substring(0, Math.min(100, stripped.length()))));
    issuedUrl =
        FeedTokenResource.feedUrl(settings, issued.secret())
            .replaceFirst("^https?://", "webcal://");
    name = null;
  }

  public void revoke(FeedToken token) {
    tokens.revoke(token.getId());
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getIssuedUrl() {
    return issuedUrl;
  }
}
