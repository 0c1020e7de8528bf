package dev.procura.platform.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.ControlDb;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A job walking all tenants whose server died (its lease no longer renewed) is taken over by a
 * running server and resumed after the tenant its dead run recorded, not started over.
 */
@MicroShedTest
class JobTakeoverIT {

    private static final String JOB = "file-reconciliation";

    @Test
    void aDeadServersReconciliationIsResumedHereAfterItsCheckpoint() throws Exception {
        Member admin = Tenants.signedIn();
        String tenant = Tenants.create(admin.token(), "Takeover check").toString();
        // The dead run got as far as the tenant just before the new one in id order.
        String checkpoint = ControlDb.strings(
                        "SELECT tenant_id::text FROM tenant_databases WHERE tenant_id < ?::uuid"
                                + " ORDER BY tenant_id DESC LIMIT 1",
                        tenant)
                .stream()
                .findFirst()
                .orElse("00000000-0000-0000-0000-000000000000");
        Set<String> after = new HashSet<>(ControlDb.strings(
                "SELECT tenant_id::text FROM tenant_databases WHERE tenant_id > ?::uuid", checkpoint));
        String last = lastExecution().orElse("0");

        try (Connection control = ControlDb.connect()) {
            try (PreparedStatement lease = control.prepareStatement(
                    "INSERT INTO job_leases (job_name, job_key, parameters, server, renewed_at)"
                            + " VALUES (?, ?, '', 'a-server-that-died', now() - interval '1 hour')")) {
                lease.setString(1, JOB);
                lease.setString(2, JOB);
                lease.executeUpdate();
            }
            try (PreparedStatement position = control.prepareStatement(
                    "INSERT INTO job_checkpoints (job_name, job_key, part, position) VALUES (?, ?, 0, ?)")) {
                position.setString(1, JOB);
                position.setString(2, JOB);
                position.setString(3, checkpoint);
                position.executeUpdate();
            }
        }

        String execution = Await.until(
                "a server to take the stale lease over",
                Duration.ofSeconds(60),
                () -> lastExecution().filter(e -> Long.parseLong(e) > Long.parseLong(last)));
        Member operator = Tenants.platformAdmin();
        JsonObject run = Await.until("the taken-over run to end", Duration.ofSeconds(120), () -> {
            JsonObject now = Api.get("/api/v1/admin/reconciliations/" + execution, operator.token())
                    .expect(200)
                    .json();
            return List.of("completed", "failed", "stopped").contains(now.getString("status"))
                    ? Optional.of(now)
                    : Optional.empty();
        });
        assertEquals("completed", run.getString("status"), run.toString());
        Set<String> walked = run.getJsonArray("tenants").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("tenant_id"))
                .collect(Collectors.toSet());
        assertTrue(walked.contains(tenant), run.toString());
        assertTrue(
                walked.stream().allMatch(t -> t.compareTo(checkpoint) > 0),
                "no tenant at or before the checkpoint is walked again: " + walked);
        assertTrue(after.containsAll(walked), walked.toString());
        assertEquals(
                List.of(),
                ControlDb.strings("SELECT job_key FROM job_leases WHERE job_name = ?", JOB),
                "the lease is given back when the run ends");
    }

    private static Optional<String> lastExecution() {
        try {
            return ControlDb.strings(
                            "SELECT max(e.jobexecid)::text FROM batch_jobexecution e JOIN batch_jobinstance i"
                                    + " ON i.jobinstanceid = e.fk_jobinstanceid WHERE i.jobname = ?",
                            JOB)
                    .stream()
                    .filter(Objects::nonNull)
                    .findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
