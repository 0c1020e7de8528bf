package dev.procura.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Mailbox;
import dev.procura.support.Reports;
import dev.procura.support.Tenants;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Report schedules through the running server (check interval 0.5 s, retries after 2 s, files
 * attached up to 1 KiB in the test build): validated, stepped in the tenant's zone, delivered by
 * email with the file attached or linked, retried when the run fails and given up after three runs.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportScheduleIT {

    private Shop shop;
    private Tenants.Member viewer;
    private String report;

    @BeforeAll
    void arrange() {
        shop = Buying.shop("Schedules");
        viewer = Tenants.join(shop.tenantId(), shop.token(), "viewer");
        UUID acme = Buying.supplier(shop, "ACME");
        Buying.order(shop, acme, Buying.lines(Buying.line("LAP-14", "2", "1000.00", "23")));
        report = Reports.create(shop, spend("Weekly spend").build());
    }

    private static JsonObjectBuilder spend(String name) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("dataset", "purchase_order")
                .add("group_by", Json.createArrayBuilder().add("supplier_code"))
                .add(
                        "aggregates",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("function", "sum")
                                        .add("field", "subtotal")
                                        .add("as", "spend")))
                .add("format", "csv");
    }

    private JsonObjectBuilder daily(String time, UUID... recipients) {
        var array = Json.createArrayBuilder();
        for (UUID recipient : recipients) {
            array.add(recipient.toString());
        }
        return Json.createObjectBuilder()
                .add("cadence", "daily")
                .add("time", time)
                .add("recipients", array);
    }

    private JsonObject schedule(String reportId, JsonObject body) {
        return Api.post(shop.path("/reports/" + reportId + "/schedules"), shop.token(), body)
                .expect(201)
                .json();
    }

    @Test
    void aScheduleRunsNextAtItsTimeInTheTenantsZone() {
        JsonObject created = schedule(report, daily("07:30", shop.admin().id()).build());
        ZoneId zone = ZoneId.of(created.getString("zone"));
        ZonedDateTime now = ZonedDateTime.now(zone);
        ZonedDateTime expected = now.toLocalDate().atTime(LocalTime.of(7, 30)).atZone(zone);
        if (!expected.isAfter(now)) {
            expected = now.toLocalDate().plusDays(1).atTime(LocalTime.of(7, 30)).atZone(zone);
        }
        assertEquals(expected.toInstant(), Instant.parse(created.getString("next_run_at")));
        assertEquals("every day at 07:30", created.getString("description"));

        String id = created.getString("id");
        JsonObject weekly = Api.put(
                        shop.path("/reports/" + report + "/schedules/" + id),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("cadence", "cron")
                                .add("cron", "30 7 * * 1-5")
                                .add(
                                        "recipients",
                                        Json.createArrayBuilder()
                                                .add(shop.admin().id().toString()))
                                .build())
                .expect(200)
                .json();
        ZonedDateTime next = Instant.parse(weekly.getString("next_run_at")).atZone(zone);
        assertEquals(LocalTime.of(7, 30), next.toLocalTime());
        assertTrue(next.getDayOfWeek().getValue() <= 5, "a weekday");

        JsonObject paused = Api.put(
                        shop.path("/reports/" + report + "/schedules/" + id),
                        shop.token(),
                        daily("07:30", shop.admin().id()).add("active", false).build())
                .expect(200)
                .json();
        assertFalse(paused.containsKey("next_run_at"), "a paused schedule has no next run");
        Api.delete(shop.path("/reports/" + report + "/schedules/" + id), shop.token())
                .expect(204);
        Api.get(shop.path("/reports/" + report + "/schedules/" + id), shop.token())
                .expectProblem(404, "not-found");
    }

    @Test
    void aScheduleIsCheckedAndItsRecipientsMustBeMembersWhoMayReadTheDataset() {
        Api.post(
                        shop.path("/roles"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("name", "no-buying")
                                .add("description", "Sees the tenant only")
                                .add("permissions", Json.createArrayBuilder().add("tenant:read"))
                                .build())
                .expect(201);
        Tenants.Member blind = Tenants.join(shop.tenantId(), shop.token(), "no-buying");
        UUID stranger = Tenants.signedIn().id();
        assertEquals(
                List.of("cron", "day_of_week", "recipients[1]", "recipients[2]", "recipients[3]"),
                Api.post(
                                shop.path("/reports/" + report + "/schedules"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("cadence", "weekly")
                                        .add("cron", "* * * * *")
                                        .add(
                                                "recipients",
                                                Json.createArrayBuilder()
                                                        .add(viewer.id().toString())
                                                        .add(stranger.toString())
                                                        .add(blind.id().toString())
                                                        .add(viewer.id().toString()))
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("cron"),
                Api.post(
                                shop.path("/reports/" + report + "/schedules"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("cadence", "cron")
                                        .add("cron", "every full moon")
                                        .add(
                                                "recipients",
                                                Json.createArrayBuilder()
                                                        .add(viewer.id().toString()))
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("cadence", "recipients", "time"),
                Api.post(
                                shop.path("/reports/" + report + "/schedules"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("cadence", "hourly")
                                        .add("time", "7h")
                                        .add("recipients", Json.createArrayBuilder())
                                        .build())
                        .fieldErrors()
                        .stream()
                        .sorted()
                        .toList());
    }

    @Test
    void aDueRunIsMailedToEachRecipientWithTheFileAttached() throws Exception {
        String own = Reports.create(shop, spend("Spend mailed").build());
        JsonObject schedule =
                schedule(own, daily("06:00", shop.admin().id(), viewer.id()).build());
        String id = schedule.getString("id");
        Reports.makeDue(shop.tenantId(), id);
        JsonObject delivery = Reports.awaitDelivery(shop, own, id, "delivered", "failed");
        assertEquals("delivered", delivery.getString("status"), delivery::toString);
        assertEquals(1, delivery.getInt("attempts"));
        assertTrue(delivery.getBoolean("attached"));
        assertEquals(
                List.of(shop.admin().id().toString(), viewer.id().toString()).stream()
                        .sorted()
                        .toList(),
                delivery.getJsonArray("sent_to").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .sorted()
                        .toList());
        JsonObject execution = Api.get(
                        shop.path("/reports/" + own + "/executions/" + delivery.getString("execution_id")),
                        shop.token())
                .expect(200)
                .json();
        assertEquals("completed", execution.getString("status"));
        for (String email :
                List.of(shop.admin().account().email(), viewer.account().email())) {
            JsonObject mail =
                    Mailbox.await(email, m -> Mailbox.subject(m).startsWith("Spend mailed"), Duration.ofSeconds(30));
            String raw = Mailbox.raw(mail);
            assertTrue(raw.contains("attachment"), raw);
            assertTrue(raw.contains(execution.getString("filename")), raw);
            assertTrue(raw.contains("1 rows") && raw.contains("is attached"), raw);
        }
        JsonObject after = Api.get(shop.path("/reports/" + own + "/schedules/" + id), shop.token())
                .expect(200)
                .json();
        assertTrue(Instant.parse(after.getString("next_run_at")).isAfter(Instant.now()), "moved to its next day");
        assertEquals(1, Reports.deliveries(shop, own, id).size());
    }

    @Test
    void aFileAboveTheAttachmentLimitIsMailedAsALink() throws Exception {
        String own = Reports.create(
                shop, spend("Spend as a spreadsheet").add("format", "xlsx").build());
        String id = schedule(own, daily("06:00", shop.admin().id()).build()).getString("id");
        Reports.makeDue(shop.tenantId(), id);
        JsonObject delivery = Reports.awaitDelivery(shop, own, id, "delivered", "failed");
        assertEquals("delivered", delivery.getString("status"), delivery::toString);
        assertFalse(delivery.getBoolean("attached"), "an XLSX file is larger than the test build's 1 KiB");
        String raw = Mailbox.raw(Mailbox.await(
                shop.admin().account().email(),
                m -> Mailbox.subject(m).startsWith("Spend as a spreadsheet"),
                Duration.ofSeconds(30)));
        assertTrue(raw.contains("too large to attach"), raw);
        assertTrue(raw.contains("/executions/" + delivery.getString("execution_id") + "/download"), raw);
        assertFalse(raw.contains("Content-Disposition: attachment"), raw);
    }

    @Test
    void aFailedRunIsRetriedAndGivenUpAfterThreeRuns() throws Exception {
        String field = Api.post(
                        shop.path("/custom-fields"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("entity_type", "purchase_order")
                                .add("key", "programme")
                                .add("label", "Programme")
                                .add("type", "text")
                                .build())
                .expect(201)
                .json()
                .getString("id");
        String own = Reports.create(
                shop,
                Json.createObjectBuilder()
                        .add("name", "By programme")
                        .add("dataset", "purchase_order")
                        .add("columns", Json.createArrayBuilder().add("number").add("cf_programme"))
                        .add("format", "csv")
                        .build());
        Api.delete(shop.path("/custom-fields/" + field), shop.token()).expect(200);
        String id = schedule(own, daily("06:00", shop.admin().id()).build()).getString("id");
        Reports.makeDue(shop.tenantId(), id);
        JsonObject retrying = Reports.awaitDelivery(shop, own, id, "retrying", "failed");
        assertEquals(1, retrying.getInt("attempts"));
        assertTrue(retrying.getString("error").startsWith("The report run failed"), retrying::toString);
        assertTrue(retrying.containsKey("retry_at"));
        JsonObject failed = Reports.awaitDelivery(shop, own, id, "failed");
        assertEquals(3, failed.getInt("attempts"), failed::toString);
        assertEquals(retrying.getString("id"), failed.getString("id"), "one delivery, retried");
        assertNotEquals(retrying.getString("execution_id"), failed.getString("execution_id"));
        assertEquals(
                3,
                Api.get(shop.path("/reports/" + own + "/executions"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        assertTrue(Mailbox.messages(shop.admin().account().email()).stream()
                .noneMatch(m -> Mailbox.subject(m).startsWith("By programme")));
    }
}
