package org.treffpunkt.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV that German Excel opens correctly by double-click: UTF-8 with a byte-order mark, semicolons
 * (the comma is the decimal separator there), CRLF line ends, RFC 4180 quoting. Cells that a
 * spreadsheet would run as a formula ({@code = + - @}, tab, CR at the start) get a leading
 * apostrophe, so a name like {@code =HYPERLINK(…)} stays text.
 */
public final class Csv {

  private static final String BOM = "\uFEFF";

  private final StringBuilder text = new StringBuilder(BOM);

  public Csv row(List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        text.append(';');
      }
      text.append(cell(cells.get(i)));
    }
    text.append("\r\n");
    return this;
  }

  public Csv row(Object... cells) {
    return row(java.util.Arrays.asList(cells));
  }

  public byte[] bytes() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    if (!(value instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.indexOf(';') >= 0
        || s.indexOf('"') >= 0
        || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0) {
      s = '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
