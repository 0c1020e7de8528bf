package dev.procura.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Accounts;
import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.ControlDb;
import dev.procura.support.Metrics;
import dev.procura.support.Reply;
import dev.procura.support.SecondServer;
import dev.procura.support.Tenants;
import dev.procura.support.Uploads;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Two servers against the same PostgreSQL, Kafka and S3 behave as one service: tokens, logout,
 * tenants, events (one consumer group) and batch jobs are shared; nothing lives in one server.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersIT {

    private SecondServer b;

    @BeforeAll
    void startSecondServer() throws Exception {
        b = SecondServer.start(5011);
    }

    @AfterAll
    void stopSecondServer() throws Exception {
        if (b != null) {
            b.close();
        }
    }

    private Reply onB(String method, String path, String token, JsonObject body) {
        Api.Request request = Api.requestAt(b.baseUrl(), method, path).token(token);
        return (body == null ? request : request.json(body)).send();
    }

    @Test
    void aTokenIssuedByOneIsAcceptedByTheOtherAndLogoutOnOneRevokesOnBoth() {
        Accounts.Account account = Accounts.register();
        Accounts.Login login = Accounts.login(account);
        assertEquals(
                account.id().toString(),
                onB("GET", "/api/v1/users/me", login.accessToken(), null)
                        .expect(200)
                        .json()
                        .getString("id"));

        Api.post("/api/v1/auth/logout", login.accessToken(), null).expect(204);
        // B had the session cached as active: the logout's NOTIFY, sent as it committed, evicts it
        // there within milliseconds (the bound below only keeps a slow machine from failing the test).
        Await.until(
                "B to refuse the revoked session",
                Duration.ofSeconds(2),
                () -> onB("GET", "/api/v1/users/me", login.accessToken(), null).status() == 401);
        onB("GET", "/api/v1/users/me", login.accessToken(), null).expectProblem(401, "session-revoked");
    }

    @Test
    void aTenantCreatedOnOneIsServedByTheOther() {
        Tenants.Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Across servers");
        JsonObject supplier = onB(
                        "POST",
                        Tenants.path(tenant, "/suppliers"),
                        admin.token(),
                        dev.procura.support.Buying.supplierBody("XSERVER").build())
                .expect(201)
                .json();
        assertEquals(
                "XSERVER",
                Api.get(Tenants.path(tenant, "/suppliers/" + supplier.getString("id")), admin.token())
                        .expect(200)
                        .json()
                        .getString("code"));
        Tenants.Member viewer = Tenants.join(tenant, admin.token(), "viewer");
        onB(
                        "POST",
                        Tenants.path(tenant, "/suppliers"),
                        viewer.token(),
                        dev.procura.support.Buying.supplierBody("NOPE").build())
                .expectProblem(403, "forbidden");
    }

    @Test
    void aCustomFieldDefinedOnOneIsCheckedByTheOtherAtOnce() {
        Tenants.Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Custom fields across servers");
        String path = Tenants.path(tenant, "/suppliers");
        JsonObject withScore = dev.procura.support.Buying.supplierBody("XCF1")
                .add("custom_fields", jakarta.json.Json.createObjectBuilder().add("score", 5))
                .build();
        // B reads (and caches) the supplier type's definitions: none yet, so the value is refused.
        onB("POST", path, admin.token(), withScore).expectProblem(400, "validation");
        String field = Api.post(
                        Tenants.path(tenant, "/custom-fields"),
                        admin.token(),
                        jakarta.json.Json.createObjectBuilder()
                                .add("entity_type", "supplier")
                                .add("key", "score")
                                .add("label", "Score")
                                .add("type", "integer")
                                .add("max", 10)
                                .build())
                .expect(201)
                .json()
                .getString("id");
        // A's change evicts B's cached definitions through NOTIFY within milliseconds.
        Await.until(
                "B to know the new field",
                Duration.ofSeconds(2),
                () -> onB("GET", path + "?cf.score=5", admin.token(), null).status() == 200);
        assertEquals(
                5,
                onB("POST", path, admin.token(), withScore)
                        .expect(201)
                        .json()
                        .getJsonObject("custom_fields")
                        .getInt("score"));
        Api.delete(Tenants.path(tenant, "/custom-fields/" + field + "?purge=true"), admin.token())
                .expect(200);
        Await.until(
                "B to forget the purged field",
                Duration.ofSeconds(2),
                () -> onB("GET", path + "?cf.score=5", admin.token(), null).status() == 400);
    }

    @Test
    void eventsAreConsumedOnceAcrossBothServers() throws InterruptedException {
        Tenants.Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Events across servers");
        String topic = "topic=\"file.process\"";
        double before = Metrics.sum(Metrics.scrape(Api.baseUrl()), "procura_events_received_total", topic)
                + Metrics.sum(Metrics.scrape(b.baseUrl()), "procura_events_received_total", topic);
        int uploads = 6;
        List<String> files = new java.util.ArrayList<>();
        for (int i = 0; i < uploads; i++) {
            files.add(
                    Uploads.upload(admin.token(), tenant, "note-" + i + ".txt", "distinct content " + UUID.randomUUID())
                            .expect(201)
                            .json()
                            .getJsonObject("file")
                            .getString("id"));
        }
        // Every file's text is extracted by whichever server holds the partition.
        for (String file : files) {
            waitForText(tenant, admin.token(), file);
        }
        // A marker upload: once its text is out, a duplicate delivery of the others would have been counted.
        String marker = Uploads.upload(admin.token(), tenant, "marker.txt", "marker " + UUID.randomUUID())
                .expect(201)
                .json()
                .getJsonObject("file")
                .getString("id");
        waitForText(tenant, admin.token(), marker);
        uploads++;
        double after = Metrics.sum(Metrics.scrape(Api.baseUrl()), "procura_events_received_total", topic)
                + Metrics.sum(Metrics.scrape(b.baseUrl()), "procura_events_received_total", topic);
        assertEquals(uploads, after - before, 0.0, "each event reached exactly one server of the consumer group");
    }

    private static void waitForText(UUID tenant, String token, String file) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonObject detail = Api.get(Tenants.path(tenant, "/files/" + file), token)
                    .expect(200)
                    .json();
            if (detail.containsKey("text_preview")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("file " + file + " was never processed");
    }

    @Test
    void anSlaEscalationHappensOnceWithTwoServersWatching() throws InterruptedException {
        dev.procura.support.Buying.Shop shop = dev.procura.support.Buying.shop("SLA across servers");
        Tenants.Member target = Tenants.join(shop.tenantId(), shop.token(), "requester");
        Api.post(
                        shop.path("/workflows"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("document_type", "purchase_order")
                                .add("name", "Fast")
                                .add(
                                        "levels",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("name", "Quick")
                                                        .add("approver_role", "approver")
                                                        .add("mode", "any")
                                                        .add("sla", "PT1S")
                                                        .add(
                                                                "escalate_to",
                                                                Json.createObjectBuilder()
                                                                        .add(
                                                                                "user_id",
                                                                                target.id()
                                                                                        .toString()))))
                                .build())
                .expect(201);
        dev.procura.support.Buying.approver(shop);
        List<String> approvals = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID supplier = dev.procura.support.Buying.supplier(shop, "SLA" + i);
            String order = dev.procura.support.Buying.order(
                            shop,
                            supplier,
                            dev.procura.support.Buying.lines(dev.procura.support.Buying.line("X", "1", "10", "0")))
                    .getString("id");
            onB("POST", shop.path("/purchase-orders/" + order + "/submit"), shop.token(), null)
                    .expect(200);
            approvals.add(dev.procura.support.Buying.openApproval(shop, order).getString("id"));
        }
        for (String approval : approvals) {
            Await.until(
                    "approval " + approval + " escalated",
                    Duration.ofSeconds(20),
                    () -> Api.get(shop.path("/approvals/" + approval), shop.token())
                            .expect(200)
                            .json()
                            .containsKey("escalated_to_user"));
        }
        // A marker escalated after them on server B: the watches have looked again since.
        UUID markerSupplier = dev.procura.support.Buying.supplier(shop, "SLAM");
        String markerOrder = dev.procura.support.Buying.order(
                        shop,
                        markerSupplier,
                        dev.procura.support.Buying.lines(dev.procura.support.Buying.line("X", "1", "10", "0")))
                .getString("id");
        onB("POST", shop.path("/purchase-orders/" + markerOrder + "/submit"), shop.token(), null)
                .expect(200);
        String marker =
                dev.procura.support.Buying.openApproval(shop, markerOrder).getString("id");
        Await.until(
                "the marker escalated",
                Duration.ofSeconds(20),
                () -> Api.get(shop.path("/approvals/" + marker), shop.token())
                        .expect(200)
                        .json()
                        .containsKey("escalated_to_user"));
        for (String approval : approvals) {
            assertEquals(
                    1,
                    dev.procura.support.Topics.events(
                                    "approval.escalated",
                                    e -> approval.equals(e.getJsonObject("data").getString("approval_id")),
                                    java.time.Duration.ofSeconds(20))
                            .size(),
                    "each level escalated by exactly one of the two servers");
        }
    }

    @Test
    void aBatchJobStartedOnOneIsVisibleFromTheOther() throws Exception {
        Tenants.Member operator = Tenants.platformAdmin();
        Reply started = Api.request("POST", "/api/v1/admin/migrations")
                .token(operator.token())
                .send()
                .expect(202);
        String location = started.header("Location").orElseThrow();
        String path = location.substring(location.indexOf("/api/"));
        JsonObject status = onB("GET", path, operator.token(), null).expect(200).json();
        assertEquals(
                started.json().getJsonNumber("id").longValue(),
                status.getJsonNumber("id").longValue());
        for (int i = 0;
                i < 300 && !List.of("completed", "failed", "stopped").contains(status.getString("status"));
                i++) {
            Thread.sleep(200);
            status = onB("GET", path, operator.token(), null).expect(200).json();
        }
        assertEquals("completed", status.getString("status"), status.toString());
        assertTrue(
                status.getJsonNumber("migrated").longValue()
                                + status.getJsonNumber("up_to_date").longValue()
                        > 0,
                "B reports the tenants A's job walked: " + status);
    }

    @Test
    void dueReportSchedulesAreDeliveredOnceWithTwoServersWatching() throws Exception {
        dev.procura.support.Buying.Shop shop = dev.procura.support.Buying.shop("Report schedules across servers");
        UUID supplier = dev.procura.support.Buying.supplier(shop, "TWO");
        dev.procura.support.Buying.order(
                shop, supplier, dev.procura.support.Buying.lines(dev.procura.support.Buying.line("X", "1", "10", "0")));
        List<String[]> schedules = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String report = dev.procura.support.Reports.create(
                    shop,
                    Json.createObjectBuilder()
                            .add("name", "Twice watched " + i)
                            .add("dataset", "purchase_order")
                            .add("columns", Json.createArrayBuilder().add("number"))
                            .add("format", "csv")
                            .build());
            String schedule = onB(
                            "POST",
                            shop.path("/reports/" + report + "/schedules"),
                            shop.token(),
                            Json.createObjectBuilder()
                                    .add("cadence", "daily")
                                    .add(
                                            "recipients",
                                            Json.createArrayBuilder()
                                                    .add(shop.admin().id().toString()))
                                    .build())
                    .expect(201)
                    .json()
                    .getString("id");
            schedules.add(new String[] {report, schedule});
        }
        for (String[] s : schedules) {
            dev.procura.support.Reports.makeDue(shop.tenantId(), s[1]);
        }
        for (String[] s : schedules) {
            JsonObject delivery = dev.procura.support.Reports.awaitDelivery(shop, s[0], s[1], "delivered", "failed");
            assertEquals("delivered", delivery.getString("status"), delivery::toString);
        }
        // A wake-up that comes again (a server that held a stale claim) finds the run done: nothing more.
        for (String[] s : schedules) {
            ControlDb.update("UPDATE report_wakeups SET wake_at = now() WHERE schedule_id = ?", UUID.fromString(s[1]));
        }
        Await.until("both servers to have looked at the wake-ups again", Duration.ofSeconds(20), () -> {
            try {
                return ControlDb.strings(
                                "SELECT count(*) FROM report_wakeups WHERE tenant_id = ?" + " AND wake_at <= now()",
                                shop.tenantId())
                        .get(0)
                        .equals("0");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        List<JsonObject> inbox =
                dev.procura.support.Mailbox.messages(shop.admin().account().email());
        for (int i = 0; i < schedules.size(); i++) {
            String[] s = schedules.get(i);
            assertEquals(
                    1, dev.procura.support.Reports.deliveries(shop, s[0], s[1]).size(), "one delivery of " + i);
            String subject = "Twice watched " + i + " (";
            assertEquals(
                    1,
                    inbox.stream()
                            .filter(m -> dev.procura.support.Mailbox.subject(m).startsWith(subject))
                            .count(),
                    "one email for schedule " + i);
        }
    }

    @Test
    void aDaysScheduleRunOnBothServersAtOnceBacksUpEachTenantOnce() throws Exception {
        Tenants.Member operator = Tenants.platformAdmin();
        Tenants.Member admin = Tenants.signedIn();
        List<UUID> tenants = List.of(
                Tenants.create(admin.token(), "Schedule across servers 1"),
                Tenants.create(admin.token(), "Schedule across servers 2"));
        String runs = "/api/v1/admin/backup-schedule/runs?tenant=" + tenants.get(0) + "&tenant=" + tenants.get(1);
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var onA = pool.submit(() -> {
                start.await();
                return Api.post(runs, operator.token(), null).expect(200).json().getInt("queued");
            });
            var onBoth = pool.submit(() -> {
                start.await();
                return onB("POST", runs, operator.token(), null)
                        .expect(200)
                        .json()
                        .getInt("queued");
            });
            start.countDown();
            assertEquals(2, onA.get() + onBoth.get(), "the two runs queued one backup per tenant between them");
        } finally {
            pool.shutdownNow();
        }
        for (UUID tenant : tenants) {
            String backups = "/api/v1/admin/tenants/" + tenant + "/backups";
            List<JsonObject> made = Api.get(backups, operator.token())
                    .expect(200)
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            assertEquals(1, made.size(), "one scheduled backup of " + tenant + ": " + made);
            assertEquals("scheduled", made.get(0).getString("trigger"));
            Await.until("the scheduled backup of " + tenant + " to end", Duration.ofSeconds(60), () -> {
                String status = Api.get(backups + "/" + made.get(0).getString("id"), operator.token())
                        .expect(200)
                        .json()
                        .getString("status");
                return status.equals("completed") || status.equals("failed");
            });
        }
        assertEquals(
                0, onB("POST", runs, operator.token(), null).expect(200).json().getInt("queued"));
    }
}
