package org.treffpunkt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.treffpunkt.client.ApiClient;
import org.treffpunkt.client.ApiException;
import org.treffpunkt.client.api.AccountsApi;
import org.treffpunkt.client.api.ApiTokensApi;
import org.treffpunkt.client.api.MeetingsApi;
import org.treffpunkt.client.api.ReferenceDataApi;
import org.treffpunkt.client.api.RegistrationsApi;
import org.treffpunkt.client.api.ReportsApi;
import org.treffpunkt.client.api.SelfServiceApi;
import org.treffpunkt.client.api.SeriesApi;
import org.treffpunkt.client.model.DistrictView;
import org.treffpunkt.client.model.FormatView;
import org.treffpunkt.client.model.MeetingRequest;
import org.treffpunkt.client.model.MeetingView;
import org.treffpunkt.client.model.NewUser;
import org.treffpunkt.client.model.ParticipationReport;
import org.treffpunkt.client.model.Problem;
import org.treffpunkt.client.model.RecurrenceRequest;
import org.treffpunkt.client.model.RegistrationReceipt;
import org.treffpunkt.client.model.RegistrationRequest;
import org.treffpunkt.client.model.RegistrationView;
import org.treffpunkt.client.model.SeriesCreated;
import org.treffpunkt.client.model.TokenRequest;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.ServerTest;

/**
 * A partner's program, written against nothing but the Java client that openapi-generator makes in
 * the build from the committed OpenAPI document (see {@link OpenApiDriftIT}): if the server stops
 * doing what the document promised, this fails. Accounts, tokens, meetings, a series, a
 * registration, the self-service view and the report, each through the generated client.
 */
@ServerTest
class ApiClientIT {

  private static final String PASSWORD = "client generated from the document";

  @Test
  void aPartnersProgramWorksThroughTheGeneratedClient() throws ApiException {
    // an organiser account (admin, HTTP Basic) and its API token (the organiser's password)
    String username = "client-" + UUID.randomUUID().toString().substring(0, 8);
    new AccountsApi(client(basic("admin", Api.ADMIN_PASSWORD)))
        .createUserAccount(
            new NewUser()
                .username(username)
                .displayName("Generated client")
                .password(PASSWORD)
                .roles(List.of("organiser")));
    ApiClient withPassword = client(basic(username, PASSWORD));
    String token =
        new ApiTokensApi(withPassword)
            .createApiToken(new TokenRequest().name("generated client"))
            .getToken();
    ApiClient organiser = client("Bearer " + token);
    ApiClient anonymous = client(null);

    // reference data, public
    List<DistrictView> districts = new ReferenceDataApi(anonymous).listDistricts();
    assertEquals(40, districts.size(), "the districts of Magdeburg");
    FormatView exchange =
        new ReferenceDataApi(anonymous)
            .listFormats().stream()
                .filter(f -> "exchange".equals(f.getKey()))
                .findFirst()
                .orElseThrow();

    // a meeting with the token, a series with HTTP Basic
    LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(30);
    MeetingView meeting =
        new MeetingsApi(organiser)
            .planMeeting(
                meeting("Sprachcafé " + username, exchange, districts.get(4), day).capacity(10));
    assertEquals(MeetingView.StatusEnum.SCHEDULED, meeting.getStatus());
    assertEquals(10, meeting.getFreePlaces());
    assertEquals(
        meeting.getTitle(), new MeetingsApi(anonymous).readMeeting(meeting.getId()).getTitle());

    SeriesCreated series =
        new SeriesApi(withPassword)
            .planSeries(
                meeting("Nachbarschaftstreff " + username, exchange, districts.get(4), day)
                    .recurrence(
                        new RecurrenceRequest()
                            .frequency(RecurrenceRequest.FrequencyEnum.BIWEEKLY)
                            .count(3)));
    assertEquals(3, series.getMeetingIds().size());
    assertEquals(3, new SeriesApi(organiser).readSeries(series.getId()).getMeetings().size());

    // a resident registers (no account) and reads their registration with the secret token
    RegistrationReceipt receipt =
        new RegistrationsApi(anonymous)
            .registerForMeeting(
                meeting.getId(),
                new RegistrationRequest()
                    .name("Amal")
                    .adults(2)
                    .children(1)
                    .languages(List.of("ar"))
                    .consent(true),
                UUID.randomUUID().toString());
    assertEquals(RegistrationReceipt.StatusEnum.CONFIRMED, receipt.getStatus());
    RegistrationView own = new SelfServiceApi(anonymous).readOwnRegistration(receipt.getToken());
    assertEquals(meeting.getId(), own.getMeetingId());
    assertEquals(receipt.getCode(), own.getCode());
    assertEquals(RegistrationView.StatusEnum.CONFIRMED, own.getStatus());
    assertEquals(7, new MeetingsApi(anonymous).readMeeting(meeting.getId()).getFreePlaces());

    // the report (organisers), grouped by format
    ParticipationReport report =
        new ReportsApi(organiser).participationReport(null, null, null, "format", null);
    assertEquals(List.of(ParticipationReport.GroupByEnum.FORMAT), report.getGroupBy());
    assertEquals(5, report.getSuppressedBelow());
    assertTrue(report.getTo().isAfter(report.getFrom()));

    // errors are problems, as the document says
    ApiException anonymousPlanning =
        assertThrows(
            ApiException.class,
            () ->
                new MeetingsApi(anonymous)
                    .planMeeting(meeting("Ohne Konto", exchange, districts.get(0), day)));
    assertEquals(401, anonymousPlanning.getCode());
    assertEquals(401, problem(anonymousPlanning).getStatus());
    ApiException withoutConsent =
        assertThrows(
            ApiException.class,
            () ->
                new RegistrationsApi(anonymous)
                    .registerForMeeting(
                        meeting.getId(), new RegistrationRequest().name("Ohne").adults(1), null));
    assertEquals(400, withoutConsent.getCode());
    assertTrue(
        problem(withoutConsent).getErrors().stream().anyMatch(e -> "consent".equals(e.getField())),
        withoutConsent.getResponseBody());
  }

  private static MeetingRequest meeting(
      String title, FormatView format, DistrictView district, LocalDate day) {
    return new MeetingRequest()
        .title(Map.of("de", title))
        .formatId(format.getId())
        .districtId(district.getId())
        .start(day + "T18:00")
        .end(day + "T20:00")
        .languages(List.of("de", "ar"))
        .interpretation(true)
        .onlineUrl("https://meet.example.org/client")
        .published(true);
  }

  /**
   * A client of the generated kind, sending {@code authorization} (if any) and its own client
   * address (each test client is another address for the server's rate limits, as in {@link Api}).
   */
  private static ApiClient client(String authorization) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(Api.BASE);
    String address = Fixtures.randomClient();
    client.setRequestInterceptor(
        request -> {
          request.header("X-Forwarded-For", address);
          if (authorization != null) {
            request.header("Authorization", authorization);
          }
        });
    return client;
  }

  private static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static Problem problem(ApiException e) {
    try {
      return ApiClient.createDefaultObjectMapper().readValue(e.getResponseBody(), Problem.class);
    } catch (java.io.IOException io) {
      throw new AssertionError(e.getResponseBody(), io);
    }
  }
}
