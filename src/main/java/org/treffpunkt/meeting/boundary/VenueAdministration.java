package org.treffpunkt.meeting.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.treffpunkt.meeting.control.ReferenceData;
import org.treffpunkt.meeting.control.VenueRequest;
import org.treffpunkt.meeting.control.VenueView;
import org.treffpunkt.platform.FormProblems;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.access.Authorization;
import org.treffpunkt.platform.access.Permission;
import org.treffpunkt.platform.i18n.CurrentLanguage;

/**
 * The back-office page of venues: the list and a form for a new one, checked like {@code POST
 * /api/venues}.
 */
@Named
@ViewScoped
public class VenueAdministration implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReferenceData referenceData;
  @Inject FacesContext faces;
  @Inject CurrentLanguage language;
  @Inject Authorization authorization;

  private String name;
  private String address;
  private Long districtId;
  private Double latitude;
  private Double longitude;
  private boolean stepFree;
  private boolean accessibleToilet;
  private boolean hearingLoop;

  public List<VenueView> getVenues() {
    return referenceData.venues().stream().map(VenueView::of).toList();
  }

  /** Whether the form for a new venue is offered (partners read the list only). */
  public boolean isMayAdd() {
    return authorization.may(Permission.MANAGE_VENUES);
  }

  public String districtName(long id) {
    return referenceData.district(id).map(d -> d.getName()).orElse("");
  }

  public void create() {
    try {
      referenceData.createVenue(
          new VenueRequest(
              name,
              address,
              districtId,
              latitude,
              longitude,
              stepFree,
              accessibleToilet,
              hearingLoop));
    } catch (ProblemException problem) {
      FormProblems.show(faces, problem, language.get(), "venue");
      return;
    }
    faces.addMessage(null, new FacesMessage(language.message("manage.saved")));
    name = null;
    address = null;
    districtId = null;
    latitude = null;
    longitude = null;
    stepFree = false;
    accessibleToilet = false;
    hearingLoop = false;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public Long getDistrictId() {
    return districtId;
  }

  public void setDistrictId(Long districtId) {
    this.districtId = districtId;
  }

  public Double getLatitude() {
    return latitude;
  }

  public void setLatitude(Double latitude) {
    this.latitude = latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public void setLongitude(Double longitude) {
    this.longitude = longitude;
  }

  public boolean isStepFree() {
    return stepFree;
  }

  public void setStepFree(boolean stepFree) {
    this.stepFree = stepFree;
  }

  public boolean isAccessibleToilet() {
    return accessibleToilet;
  }

  public void setAccessibleToilet(boolean accessibleToilet) {
    this.accessibleToilet = accessibleToilet;
  }

  public boolean isHearingLoop() {
    return hearingLoop;
  }

  public void setHearingLoop(boolean hearingLoop) {
    this.hearingLoop = hearingLoop;
  }
}
