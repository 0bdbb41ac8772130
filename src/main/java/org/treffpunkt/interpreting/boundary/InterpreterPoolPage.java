package org.treffpunkt.interpreting.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.treffpunkt.interpreting.control.LanguageMediation;
import org.treffpunkt.platform.FormProblems;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.i18n.CurrentLanguage;

/**
 * The back-office page of the interpreter pool: everyone in it, and a form to add someone (same
 * checks as the API).
 */
@Named("interpreterPool")
@ViewScoped
public class InterpreterPoolPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject LanguageMediation mediation;
  @Inject CurrentLanguage language;
  @Inject FacesContext faces;

  private String name;
  private String languages;
  private String contact;
  private String notes;
  private transient List<InterpretingResources.InterpreterView> interpreters;

  public List<InterpretingResources.InterpreterView> getInterpreters() {
    if (interpreters == null) {
      interpreters =
          mediation.interpreters().stream().map(InterpretingResources.InterpreterView::of).toList();
    }
    return interpreters;
  }

  public void add() {
    List<String> codes =
        languages == null || languages.isBlank()
            ? List.of()
            : Arrays.stream(languages.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    var request = new LanguageMediation.InterpreterRequest(name, codes, contact, notes, true);
    try {
      mediation.addInterpreter(request);
      name = languages = contact = notes = null;
      interpreters = null;
    } catch (ProblemException problem) {
      FormProblems.show(
          faces,
          problem,
          language.get(),
          field -> "pool:" + (field.startsWith("languages") ? "languages" : field));
    }
  }

  /** Takes someone out of new bookings, or back in. */
  public void toggleActive(long id) {
    act(() -> mediation.toggleActive(id));
  }

  /** Erases someone's personal data for good (their past bookings keep the language). */
  public void erase(long id) {
    act(() -> mediation.erase(id));
  }

  private void act(Runnable action) {
    try {
      action.run();
      interpreters = null;
    } catch (ProblemException problem) {
      FormProblems.show(faces, problem, language.get(), field -> null);
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
