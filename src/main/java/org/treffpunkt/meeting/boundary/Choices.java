package org.treffpunkt.meeting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.treffpunkt.meeting.control.ReferenceData;
import org.treffpunkt.meeting.entity.Frequency;
import org.treffpunkt.partner.control.PartnerDirectory;
import org.treffpunkt.platform.i18n.CurrentLanguage;

/** The options of the back-office forms, named in the user's language. */
@Named
@RequestScoped
public class Choices {

  @Inject ReferenceData referenceData;
  @Inject PartnerDirectory partners;
  @Inject CurrentLanguage language;

  public List<SelectItem> getFormats() {
    return referenceData.formats().stream()
        .map(f -> new SelectItem(f.getId(), f.name(language.get())))
        .toList();
  }

  public List<SelectItem> getDistricts() {
    return referenceData.districts().stream()
        .map(d -> new SelectItem(d.getId(), d.getName()))
        .toList();
  }

  public List<SelectItem> getVenues() {
    return referenceData.venues().stream()
        .map(v -> new SelectItem(v.getId(), v.getName() + " – " + v.getAddress()))
        .toList();
  }

  public List<SelectItem> getPartners() {
    return partners.all().stream().map(p -> new SelectItem(p.id(), p.name())).toList();
  }

  public List<SelectItem> getFrequencies() {
    return java.util.Arrays.stream(Frequency.values())
        .map(f -> new SelectItem(f.name(), language.message("frequency." + f.name())))
        .toList();
  }
}
