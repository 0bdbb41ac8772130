package org.treffpunkt.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.treffpunkt.attendance.control.ParticipantLists;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Csv;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

@ServerTest
class ParticipantListIT {

  private final Accounts.Login login = Accounts.organiserLogin("listen");
  private final String username = login.username();
  private final Api organiser = login.api();

  /**
   * A meeting with two confirmed groups, one waiting, one cancelled; and a second meeting with
   * someone else.
   */
  private record Setup(long meetingId, String title, List<String> codes) {}

  private Setup setup() {
    JsonObject meeting =
        Fixtures.meeting(
            organiser,
            Fixtures.today().plusDays(5),
            "17:00",
            "19:00",
            4,
            "\"contact\":{\"name\":\"Frau Neumann\"}");
    long id = Json.id(meeting);
    String a =
        Fixtures.register(
                id,
                "Ольга Петренко",
                2,
                1,
                "\"interpreterLanguage\":\"uk\",\"email\":\"olga@example.org\"")
            .getString("code");
    String b =
        Fixtures.register(
                id,
                "=HYPERLINK(\\\"http://evil\\\");Müller",
                1,
                0,
                "\"remark\":\"Zeile1\\nZeile2\"")
            .getString("code");
    String waiting = Fixtures.register(id, "Wartende Person", 2, 0, null).getString("code");
    JsonObject gone = Fixtures.register(id, "Abgemeldet", 1, 0, null);
    Api.anonymous().delete("/api/registrations/" + gone.getString("token"));
    long other =
        Json.id(
            Fixtures.meeting(organiser, Fixtures.today().plusDays(5), "10:00", "11:00", 4, null));
    Fixtures.register(other, "Anderes Treffen", 1, 0, null);
    return new Setup(id, meeting.getString("title"), List.of(a, b, waiting));
  }

  @Test
  void theCsvOpensInGermanExcelAndHoldsExactlyTheMeetingsRegistrations() {
    Setup s = setup();
    Download csv = download("/api/meetings/" + s.meetingId() + "/participants.csv");
    assertEquals(200, csv.status());
    assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
    assertTrue(
        csv.disposition().contains("attachment; filename=\"teilnahmeliste-"), csv.disposition());
    assertEquals(
        List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
        List.of(csv.body()[0], csv.body()[1], csv.body()[2]),
        "UTF-8 byte-order mark, so Excel reads UTF-8");
    String text = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
    assertTrue(text.endsWith("\r\n"));
    List<List<String>> rows = Csv.parse(text);
    assertEquals("Code", rows.get(0).get(0));
    assertEquals(16, rows.get(0).size(), "semicolon-separated header: " + rows.get(0));
    assertEquals(
        List.of(s.codes().get(0), s.codes().get(1), s.codes().get(2)),
        rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList(),
        "confirmed and waiting, in order; neither the cancelled one nor another meeting's");
    assertEquals(
        List.of("Ольга Петренко", "2", "1", "bestätigt", "nein"), rows.get(1).subList(1, 6));
    assertEquals("Ukrainisch", rows.get(1).get(7));
    assertEquals("olga@example.org", rows.get(1).get(12));
    assertEquals("'=HYPERLINK(\"http://evil\");Müller", rows.get(2).get(1), "a formula stays text");
    assertEquals("Zeile1\nZeile2", rows.get(2).get(11), "line breaks inside a quoted cell");
    assertEquals("Warteliste", rows.get(3).get(4));
  }

  @Test
  void theSignInSheetIsAGermanPdfWithOneRowPerConfirmedGroupAndEmptyWalkInRows()
      throws IOException {
    Setup s = setup();
    organiser.post("/api/meetings/" + s.meetingId() + "/attendance/" + s.codes().get(0), "");
    Download pdf = download("/api/meetings/" + s.meetingId() + "/sign-in-sheet.pdf");
    assertEquals(200, pdf.status());
    assertEquals("application/pdf", pdf.contentType());
    String text;
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      text = stripper.getText(document);
    }
    assertTrue(text.startsWith("Teilnahmeliste"), text);
    assertTrue(text.contains(s.title()), "the meeting title");
    assertTrue(text.contains("Frau Neumann"), "the contact person");
    assertTrue(text.contains("Veranstalter Landeshauptstadt Magdeburg"), text);
    assertTrue(text.contains("Asyl-, Migrations- und Integrationsfonds"), "the funding line");
    assertTrue(
        text.contains(Api.BASE + "/f/" + s.meetingId()),
        "the short link to the anonymous feedback");
    assertTrue(
        Pattern.compile("Datum \\p{L}+, \\d{1,2}\\. \\p{L}+ \\d{4}, 17:00–19:00 Uhr")
            .matcher(text)
            .find(),
        text);
    assertTrue(text.contains("Nr. Name Personen Code Dolmetschen Unterschrift"), text);
    List<String> numbered =
        Arrays.stream(text.split("\\R")).filter(l -> l.matches("\\d+( .*)?")).toList();
    assertEquals(
        2 + ParticipantLists.WALK_IN_ROWS,
        numbered.size(),
        "two confirmed groups, then empty rows: " + numbered);
    assertTrue(numbered.get(0).startsWith("1 =HYPERLINK"), "sorted by name: " + numbered.get(0));
    assertTrue(
        numbered
            .get(1)
            .startsWith("2 Ольга Петренко 2 + 1 Kind " + s.codes().get(0) + " Ukrainisch"),
        numbered.get(1));
    assertEquals(
        List.of("3", "4", "5", "6", "7", "8", "9", "10", "11", "12"),
        numbered.subList(2, numbered.size()));
    assertTrue(
        !text.contains("Wartende Person")
            && !text.contains("Abgemeldet")
            && !text.contains("Anderes Treffen"),
        "only groups holding a place are on the sheet");
  }

  @Test
  void exportsAreForOrganisersAndRecordedInTheAuditLog() {
    Setup s = setup();
    Api partner = Accounts.partner();
    for (String path : List.of("participants.csv", "sign-in-sheet.pdf")) {
      String url = "/api/meetings/" + s.meetingId() + "/" + path;
      assertEquals(401, Api.anonymous().get(url).status(), url);
      assertEquals(403, partner.get(url).status(), url);
      assertEquals(200, organiser.get(url).status(), url);
    }
    assertEquals(404, organiser.get("/api/meetings/99999999/participants.csv").status());
    organiser.get("/api/meetings/" + s.meetingId() + "/registrations");

    assertEquals(403, organiser.get("/api/audit").status(), "the log is for admins");
    List<String> mine =
        Api.admin().get("/api/audit").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("username").equals(username))
            .map(
                e ->
                    e.getString("action")
                        + ":"
                        + e.getJsonNumber("meetingId").longValue()
                        + ":"
                        + e.getInt("records"))
            .toList();
    assertEquals(
        List.of(
            "REGISTRATIONS_VIEWED:" + s.meetingId() + ":4",
            "SIGN_IN_SHEET_EXPORTED_PDF:" + s.meetingId() + ":3",
            "PARTICIPANTS_EXPORTED_CSV:" + s.meetingId() + ":3"),
        mine,
        "newest first; refused attempts are not exports");
  }

  private record Download(int status, String contentType, String disposition, byte[] body) {}

  private Download download(String path) {
    String basic =
        Base64.getEncoder()
            .encodeToString((username + ":" + Accounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<byte[]> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(Api.BASE + path))
                      .header("Authorization", "Basic " + basic)
                      .build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      return new Download(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Content-Disposition").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
