package dev.procura.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.support.Api;
import dev.procura.support.ControlDb;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import dev.procura.support.Topics;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Events of tenant-data changes go through the tenant database's own outbox. */
@MicroShedTest
class TenantOutboxIT {

    @Test
    void aSettingsChangePublishesItsEventFromTheTenantOutbox() throws Exception {
        Member admin = Tenants.signedIn();
        UUID id = Tenants.create(admin.token(), "Outboxed");
        Api.put(
                        Tenants.path(id, "/settings"),
                        admin.token(),
                        Json.createObjectBuilder().add("currency", "SEK").build())
                .expect(200);

        List<JsonObject> events = Topics.events(
                "settings.updated", e -> id.toString().equals(e.getString("tenant_id", "")), Duration.ofSeconds(20));
        assertEquals(1, events.size(), events.toString());
        assertEquals("SEK", events.get(0).getJsonObject("data").getString("currency"));
        assertEquals(admin.id().toString(), events.get(0).getString("user_id"));
        assertEquals(List.of("0"), ControlDb.strings("SELECT count(*) FROM outbox_signals WHERE tenant_id = ?", id));
    }

    @Test
    void eventsACrashLeftUnsentAreCaughtUpFromTheSignals() throws Exception {
        Member admin = Tenants.signedIn();
        UUID id = Tenants.create(admin.token(), "Crashed before relaying");
        Api.get(Tenants.path(id, "/settings"), admin.token()).expect(200);
        String server = ControlDb.strings("SELECT server_name FROM tenant_databases WHERE tenant_id = ?", id)
                .get(0);
        String url = "jdbc:postgresql://localhost:" + ("second".equals(server) ? "5433" : "5432") + "/"
                + Tenants.databaseName(id);
        UUID eventId = UUID.randomUUID();
        // What a server that died right after committing leaves: a pending row and the tenant's mark.
        try (Connection tenant = DriverManager.getConnection(url, "postgres", "");
                PreparedStatement insert = tenant.prepareStatement("INSERT INTO outbox (event_id, topic, message_key,"
                        + " payload, created_at) VALUES (?, 'settings.updated', ?, ?, now())")) {
            insert.setObject(1, eventId);
            insert.setString(2, id.toString());
            insert.setString(
                    3,
                    Json.createObjectBuilder()
                            .add("event_id", eventId.toString())
                            .add("event_type", "settings.updated")
                            .add("tenant_id", id.toString())
                            .build()
                            .toString());
            insert.executeUpdate();
        }
        ControlDb.update("INSERT INTO outbox_signals (tenant_id, marked_at) VALUES (?, now())", id);

        List<JsonObject> events = Topics.events(
                "settings.updated",
                e -> eventId.toString().equals(e.getString("event_id", "")),
                Duration.ofSeconds(30));
        assertEquals(1, events.size());
        assertEquals(
                List.of("true"),
                ControlDb.stringsAt(url, "SELECT (sent_at IS NOT NULL)::text FROM outbox WHERE event_id = ?", eventId));
    }
}
