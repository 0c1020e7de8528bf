package dev.procura.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Objects;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import dev.procura.support.Uploads;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The file-reconciliation batch job finds and repairs both kinds of orphan. */
@MicroShedTest
class FileReconciliationIT {

    @Test
    void objectsWithoutRowsAndRowsWithoutObjectsAreReportedAndRepaired() throws Exception {
        Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Reconciled");
        JsonObject kept = Uploads.upload(admin.token(), tenant, "kept.csv", "a\n" + UUID.randomUUID() + "\n")
                .expect(201)
                .json();
        JsonObject lost = Uploads.upload(admin.token(), tenant, "lost.csv", "b\n" + UUID.randomUUID() + "\n")
                .expect(201)
                .json();
        String lostKey = Objects.keyOf(tenant, lost.getJsonObject("file"));
        Objects.delete(lostKey);
        String strayKey = "tenants/" + tenant + "/files/2020/01/" + UUID.randomUUID() + "_" + "0".repeat(64);
        Objects.put(strayKey, "nobody's".getBytes(StandardCharsets.UTF_8));
        // Objects younger than procura.reconciliation.grace (1 s here) may belong to an upload in progress.
        java.time.Instant planted = java.time.Instant.now();
        Await.until(
                "the planted object to pass the grace",
                Duration.ofSeconds(5),
                () -> java.time.Instant.now().isAfter(planted.plusMillis(1100)));

        Member operator = Tenants.platformAdmin();
        Reply started = Api.request("POST", "/api/v1/admin/reconciliations")
                .token(operator.token())
                .send()
                .expect(202);
        String location = started.header("Location").orElseThrow();
        JsonObject run = null;
        for (int i = 0; i < 240; i++) {
            run = Api.get(location.substring(location.indexOf("/api/")), operator.token())
                    .expect(200)
                    .json();
            if (List.of("completed", "failed", "stopped").contains(run.getString("status"))) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals("completed", run.getString("status"), run.toString());
        JsonObject mine = run.getJsonArray("tenants").getValuesAs(JsonObject.class).stream()
                .filter(t -> tenant.toString().equals(t.getString("tenant_id")))
                .findFirst()
                .orElseThrow();
        assertEquals(1, mine.getInt("orphan_objects"));
        assertEquals(1, mine.getInt("missing_objects"));
        assertEquals(2, mine.getInt("repaired"));
        assertTrue(run.getJsonNumber("repaired").longValue() >= 2);

        assertFalse(Objects.exists(strayKey), "the stray object is deleted");
        Api.get(Tenants.path(tenant, "/documents/" + lost.getString("id")), admin.token())
                .expectProblem(404, "not-found");
        Api.get(Tenants.path(tenant, "/documents/" + kept.getString("id")), admin.token())
                .expect(200);
        assertTrue(Objects.exists(Objects.keyOf(tenant, kept.getJsonObject("file"))));
    }

    @Test
    void onlyPlatformAdministratorsReconcile() {
        Api.request("POST", "/api/v1/admin/reconciliations")
                .token(Tenants.signedIn().token())
                .send()
                .expectProblem(403, "forbidden");
    }
}
