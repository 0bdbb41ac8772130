package org.treffpunkt.attendance.control;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.treffpunkt.platform.QrCode;

/**
 * Renders the sign-in sheet with OpenPDF: A4, DejaVu Sans embedded (Latin, Cyrillic, Arabic script;
 * names are printed as residents wrote them, right-to-left where they are), a table with a
 * signature column whose header repeats on every page, numbered empty rows for walk-ins, and the
 * funding line and page number at the foot of every page.
 */
final class SignInSheet {

  /** What the sheet says about the meeting. */
  record Heading(
      String title,
      String when,
      String place,
      String organiser,
      String contact,
      String fundingLine,
      String feedbackUrl) {}

  /** One registration holding a place. */
  record Row(String name, String persons, String code, String interpretation) {}

  /** Beside {@code lists.properties}, where the feature keeps its resources. */
  private static final String FONTS = "/org/treffpunkt/attendance/fonts/";

  private static final BaseFont REGULAR = font("DejaVuSans.ttf");
  private static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");
  private static final float ROW_HEIGHT = 24f;

  private SignInSheet() {}

  static byte[] render(Heading heading, List<Row> rows, int walkInRows) {
    Font title = new Font(BOLD, 16);
    Font label = new Font(BOLD, 9.5f);
    Font header = new Font(BOLD, 8.5f);
    Font text = new Font(REGULAR, 9.5f);
    Font small = new Font(REGULAR, 7.5f);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 36, 36, 36, 54);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(new Footer(heading.fundingLine(), small));
      document.addTitle(ListTexts.get("sheet.title") + " – " + heading.title());
      document.addCreator("Treffpunkt");
      document.open();
      document.add(new Paragraph(ListTexts.get("sheet.title"), title));
      PdfPTable about = new PdfPTable(new float[] {1.8f, 6f});
      about.setWidthPercentage(100);
      about.setSpacingBefore(6);
      about.setSpacingAfter(10);
      line(about, ListTexts.get("sheet.meeting"), heading.title(), label, text);
      line(about, ListTexts.get("sheet.date"), heading.when(), label, text);
      line(about, ListTexts.get("sheet.place"), heading.place(), label, text);
      line(about, ListTexts.get("sheet.organiser"), heading.organiser(), label, text);
      if (heading.contact() != null) {
        line(about, ListTexts.get("sheet.contact"), heading.contact(), label, text);
      }
      document.add(about);

      PdfPTable table = new PdfPTable(new float[] {0.8f, 4.2f, 1.9f, 2.0f, 2.3f, 3.6f});
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      for (String name : ListTexts.list("sheet.columns")) {
        PdfPCell cell = cell(name, header);
        cell.setGrayFill(0.9f);
        table.addCell(cell);
      }
      int number = 0;
      for (Row row : rows) {
        number++;
        table.addCell(cell(String.valueOf(number), text));
        table.addCell(cell(row.name() == null ? "" : row.name(), text));
        table.addCell(cell(row.persons(), text));
        table.addCell(cell(row.code(), text));
        table.addCell(cell(row.interpretation(), text));
        table.addCell(cell("", text));
      }
      for (int i = 0; i < walkInRows; i++) {
        number++;
        table.addCell(cell(String.valueOf(number), text));
        for (int c = 0; c < 5; c++) {
          table.addCell(cell("", text));
        }
      }
      document.add(table);
      Paragraph note = new Paragraph(ListTexts.get("sheet.note"), small);
      note.setSpacingBefore(6);
      document.add(note);
      document.add(feedback(writer, heading.feedbackUrl(), text));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("sign-in sheet", e);
    }
    return out.toByteArray();
  }

  /**
   * The anonymous feedback: a QR code and the short link, for everyone who came, also without
   * registering.
   */
  private static PdfPTable feedback(PdfWriter writer, String url, Font text)
      throws DocumentException {
    BitMatrix matrix = QrCode.matrix(url);
    int modules = matrix.getWidth();
    float size = 72f;
    float unit = size / modules;
    PdfTemplate qr = writer.getDirectContent().createTemplate(size, size);
    qr.setGrayFill(0f);
    for (int y = 0; y < modules; y++) {
      for (int x = 0; x < modules; x++) {
        if (matrix.get(x, y)) {
          qr.rectangle(x * unit, size - (y + 1) * unit, unit, unit);
        }
      }
    }
    qr.fill();
    PdfPTable box = new PdfPTable(new float[] {1.2f, 6f});
    box.setWidthPercentage(100);
    box.setSpacingBefore(10);
    box.setKeepTogether(true);
    PdfPCell image = new PdfPCell(Image.getInstance(qr));
    image.setBorder(PdfPCell.NO_BORDER);
    box.addCell(image);
    PdfPCell words = cell(ListTexts.get("sheet.feedback", url), text);
    words.setBorder(PdfPCell.NO_BORDER);
    box.addCell(words);
    return box;
  }

  private static void line(PdfPTable table, String name, String value, Font label, Font text) {
    PdfPCell left = cell(name, label);
    PdfPCell right = cell(value, text);
    left.setBorder(PdfPCell.NO_BORDER);
    right.setBorder(PdfPCell.NO_BORDER);
    left.setMinimumHeight(0);
    right.setMinimumHeight(0);
    table.addCell(left);
    table.addCell(right);
  }

  private static PdfPCell cell(String value, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(value, font));
    cell.setMinimumHeight(ROW_HEIGHT);
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    cell.setPadding(4);
    if (rightToLeft(value)) {
      cell.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
    }
    return cell;
  }

  /**
   * Arabic or Hebrew script in the text: laid out right to left (OpenPDF then also joins Arabic
   * letters).
   */
  static boolean rightToLeft(String value) {
    return value
        .codePoints()
        .anyMatch(
            c -> {
              Character.UnicodeScript script = Character.UnicodeScript.of(c);
              return script == Character.UnicodeScript.ARABIC
                  || script == Character.UnicodeScript.HEBREW;
            });
  }

  private static BaseFont font(String file) {
    try (InputStream in = SignInSheet.class.getResourceAsStream(FONTS + file)) {
      if (in == null) {
        throw new IllegalStateException("font missing: " + file);
      }
      return BaseFont.createFont(
          file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The funding line and the page number at the foot of every page. */
  private static final class Footer extends PdfPageEventHelper {

    private final String fundingLine;
    private final Font font;

    Footer(String fundingLine, Font font) {
      this.fundingLine = fundingLine;
      this.font = font;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      var canvas = writer.getDirectContent();
      float left = document.left();
      float right = document.right();
      ColumnText column = new ColumnText(canvas);
      column.setSimpleColumn(left, 14, right - 60, 46);
      column.addElement(new Paragraph(fundingLine, font));
      try {
        column.go();
      } catch (DocumentException e) {
        throw new IllegalStateException(e);
      }
      ColumnText.showTextAligned(
          canvas,
          Element.ALIGN_RIGHT,
          new Phrase(ListTexts.get("sheet.page", writer.getPageNumber()), font),
          right,
          30,
          0);
    }
  }
}
