package org.treffpunkt.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.platform.i18n.DateInput;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.platform.i18n.Messages;

/**
 * A date field of a page as text in the page's language (see {@link DateInput}), for {@code
 * LocalDate} properties and for ISO-date strings alike: {@code <h:inputText
 * converter="treffpunkt.date"/>}. The browser's own date picker would show the format of the
 * browser's language, not the page's.
 */
@FacesConverter("treffpunkt.date")
public class DateField implements Converter<Object> {

  @Override
  public Object getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Language language = language(context);
    return DateInput.parse(value, language)
        .orElseThrow(
            () ->
                new ConverterException(
                    FormProblems.error(
                        Messages.get(language, "validation.dateField", DateInput.hint(language)))));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Object value) {
    if (value == null || value.toString().isBlank()) {
      return "";
    }
    Language language = language(context);
    LocalDate date =
        value instanceof LocalDate d ? d : DateInput.parse(value.toString(), language).orElse(null);
    return date == null ? value.toString() : DateInput.format(date, language);
  }

  private static Language language(FacesContext context) {
    return CurrentLanguage.resolve((HttpServletRequest) context.getExternalContext().getRequest());
  }
}
