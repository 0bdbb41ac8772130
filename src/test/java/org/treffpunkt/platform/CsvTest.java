package org.treffpunkt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void writesUtf8WithAByteOrderMarkSemicolonsAndCrLf() {
    byte[] bytes = new Csv().row("Name", "Zahl").row("Müller", 3).bytes();
    assertEquals("\uFEFFName;Zahl\r\nMüller;3\r\n", new String(bytes, StandardCharsets.UTF_8));
    assertEquals((byte) 0xEF, bytes[0]);
  }

  @Test
  void quotesSeparatorsQuotesAndLineBreaks() {
    assertEquals("\"a;b\"", Csv.cell("a;b"));
    assertEquals("\"sagt \"\"hallo\"\"\"", Csv.cell("sagt \"hallo\""));
    assertEquals("\"eins\nzwei\"", Csv.cell("eins\nzwei"));
    assertEquals("", Csv.cell(null));
  }

  @Test
  void cellsThatASpreadsheetWouldRunAsAFormulaStayText() {
    assertEquals("'=1+1", Csv.cell("=1+1"));
    assertEquals("'+49 391 123", Csv.cell("+49 391 123"));
    assertEquals("'-2", Csv.cell("-2"));
    assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
    assertEquals("-2", Csv.cell(-2), "numbers are written as numbers");
    assertEquals("a=b", Csv.cell("a=b"));
  }
}
