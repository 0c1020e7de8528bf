package dev.procura.support;

import dev.procura.support.Buying.Shop;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Report runs through the API, and the files they make. */
public final class Reports {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Reports() {}

    public static String create(Shop shop, JsonObject definition) {
        return Api.post(shop.path("/reports"), shop.token(), definition)
                .expect(201)
                .json()
                .getString("id");
    }

    /** Runs a report (202 expected, with `Location`) and waits until the run has finished; returns its final state. */
    public static JsonObject run(Shop shop, String token, String reportId, JsonObject body) {
        Reply queued = Api.post(
                        shop.path("/reports/" + reportId + "/execute"),
                        token,
                        body == null ? Json.createObjectBuilder().build() : body)
                .expect(202);
        String id = queued.json().getString("id");
        String location = queued.header("Location").orElseThrow(() -> new AssertionError("no Location"));
        if (!location.endsWith("/reports/" + reportId + "/executions/" + id)) {
            throw new AssertionError("Location " + location);
        }
        return Await.until("report execution " + id + " to finish", Duration.ofSeconds(90), () -> {
            JsonObject now = Api.get(shop.path("/reports/" + reportId + "/executions/" + id), token)
                    .expect(200)
                    .json();
            return List.of("completed", "failed").contains(now.getString("status"))
                    ? Optional.of(now)
                    : Optional.empty();
        });
    }

    /**
     * Makes a schedule due now, as if its time had come: its next run a minute ago in the tenant's
     * database and its wake-up in the control database now.
     */
    public static void makeDue(UUID tenantId, String scheduleId) throws java.sql.SQLException {
        try (java.sql.Connection tenant =
                        java.sql.DriverManager.getConnection(ChunkGate.tenantDatabaseUrl(tenantId), "postgres", "");
                java.sql.PreparedStatement due = tenant.prepareStatement(
                        "UPDATE report_schedules SET next_run_at = now() - interval '1 minute' WHERE id = ?")) {
            due.setObject(1, UUID.fromString(scheduleId));
            if (due.executeUpdate() != 1) {
                throw new AssertionError("no schedule " + scheduleId);
            }
        }
        if (ControlDb.update(
                        "UPDATE report_wakeups SET wake_at = now() WHERE schedule_id = ?", UUID.fromString(scheduleId))
                != 1) {
            throw new AssertionError("no wake-up for schedule " + scheduleId);
        }
    }

    /** The schedule's deliveries, newest first. */
    public static List<JsonObject> deliveries(Shop shop, String reportId, String scheduleId) {
        return Api.get(shop.path("/reports/" + reportId + "/schedules/" + scheduleId + "/deliveries"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    /** Waits until the schedule's newest delivery is in one of {@code statuses}; returns it. */
    public static JsonObject awaitDelivery(Shop shop, String reportId, String scheduleId, String... statuses) {
        return Await.until(
                "a delivery of schedule " + scheduleId + " " + List.of(statuses), Duration.ofSeconds(60), () -> {
                    List<JsonObject> all = deliveries(shop, reportId, scheduleId);
                    return !all.isEmpty()
                                    && List.of(statuses).contains(all.get(0).getString("status"))
                            ? Optional.of(all.get(0))
                            : Optional.empty();
                });
    }

    /** The bytes of a completed execution's file, through its presigned link. */
    public static byte[] file(Shop shop, String token, String reportId, String executionId)
            throws IOException, InterruptedException {
        String url = Api.request("GET", shop.path("/reports/" + reportId + "/executions/" + executionId + "/download"))
                .token(token)
                .header("Accept", "application/json")
                .send()
                .expect(200)
                .json()
                .getString("url");
        HttpResponse<byte[]> response =
                HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("download of " + executionId + " answered " + response.statusCode());
        }
        return response.body();
    }
}
