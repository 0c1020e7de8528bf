package dev.procura.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.ControlDb;
import dev.procura.support.LocalServices;
import dev.procura.support.ServerLogs;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import dev.procura.support.Topics;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Tenant changes reach Kafka through the transactional outbox, once, even when Kafka was down. */
@MicroShedTest
class TenantEventsIT {

    private static List<JsonObject> eventsOf(String topic, UUID tenantId, Duration wait) {
        return Topics.events(topic, event -> tenantId.toString().equals(event.getString("tenant_id", "")), wait);
    }

    @Test
    void creatingAndDeletingATenantPublishesEnvelopedEvents() {
        Member admin = Tenants.signedIn();
        UUID id = Tenants.create(admin.token(), "Evented");
        Api.delete(Tenants.path(id, ""), admin.token()).expect(204);

        List<JsonObject> created = eventsOf("tenant.created", id, Duration.ofSeconds(20));
        assertEquals(1, created.size(), created.toString());
        JsonObject event = created.get(0);
        assertEquals("tenant.created", event.getString("event_type"));
        assertEquals(admin.id().toString(), event.getString("user_id"));
        assertEquals("Evented", event.getJsonObject("data").getString("name"));
        UUID.fromString(event.getString("event_id"));
        java.time.Instant.parse(event.getString("timestamp"));

        List<JsonObject> deleted = eventsOf("tenant.deleted", id, Duration.ofSeconds(20));
        assertEquals(1, deleted.size());
        assertEquals("deleted", deleted.get(0).getJsonObject("data").getString("status"));
    }

    private static long relayFailures() {
        return ServerLogs.messages().stream()
                .filter(line -> line.contains("Outbox relay failed"))
                .count();
    }

    @Test
    void eventsWrittenWhileKafkaIsDownArriveOnceWhenItIsBack() throws Exception {
        Member admin = Tenants.signedIn();
        LocalServices.run("stop");
        UUID id;
        try {
            long failuresBefore = relayFailures();
            id = Tenants.create(admin.token(), "Created during a Kafka outage");
            // The relay tried to publish it (and failed): the row was looked at and is still pending.
            Await.until(
                    "the relay to fail on the outage", Duration.ofSeconds(60), () -> relayFailures() > failuresBefore);
            assertEquals(
                    List.of("false"),
                    ControlDb.strings(
                            "SELECT (sent_at IS NOT NULL)::text FROM outbox WHERE topic = 'tenant.created' AND payload LIKE ?",
                            "%" + id + "%"));
        } finally {
            LocalServices.run("start");
        }
        List<JsonObject> created = eventsOf("tenant.created", id, Duration.ofSeconds(60));
        assertEquals(1, created.size(), created.toString());
        assertEquals(
                List.of("true"),
                ControlDb.strings(
                        "SELECT (sent_at IS NOT NULL)::text FROM outbox WHERE topic = 'tenant.created' AND payload LIKE ?",
                        "%" + id + "%"));
    }
}
