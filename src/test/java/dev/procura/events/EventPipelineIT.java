package dev.procura.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.ControlDb;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import dev.procura.support.Topics;
import dev.procura.support.Uploads;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Poison messages are parked for operators to inspect and replay; a row Kafka refuses is parked, not blocking. */
@MicroShedTest
class EventPipelineIT {

    private static final String PARKED = "/api/v1/admin/parked-messages";

    private static void produce(String topic, String value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Topics.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, "poison", value)).get();
        }
    }

    /** The parked messages whose payload is {@code payload}, newest first. */
    private static List<JsonObject> parkedWith(String token, String payload) {
        return Api.get(PARKED + "?topic=document.deleted&per_page=100", token)
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(item -> Api.get(PARKED + "/" + item.getString("id"), token)
                        .expect(200)
                        .json())
                .filter(full -> payload.equals(full.getString("payload")))
                .toList();
    }

    @Test
    void aPoisonMessageIsParkedListedAndReplayedByAnOperatorOnly() throws Exception {
        Member operator = Tenants.platformAdmin();
        String poison = "not an envelope " + UUID.randomUUID();
        produce("document.deleted", poison);

        JsonObject parked = Await.until(
                "the poison message parked",
                Duration.ofSeconds(30),
                () -> parkedWith(operator.token(), poison).stream().findFirst());
        assertEquals("document.deleted", parked.getString("topic"));
        assertEquals("orphan-file-cleaner", parked.getString("consumer"));
        assertTrue(parked.getString("error").startsWith("unreadable envelope"), parked.toString());
        assertEquals(0, parked.getInt("replays"));
        String id = parked.getString("id");
        List<JsonObject> deadLetters = Topics.events(
                "document.deleted.dlq", e -> id.equals(e.getString("parked_id", "")), Duration.ofSeconds(20));
        assertEquals(1, deadLetters.size());
        assertEquals(poison, deadLetters.get(0).getString("payload"));

        Member tenantAdmin = Tenants.signedIn();
        Api.post(PARKED + "/" + id + "/replay", tenantAdmin.token(), null).expectProblem(403, "forbidden");
        Api.post(PARKED + "/" + id + "/replay", null, null).expectProblem(401, "unauthenticated");
        Api.get(PARKED + "/" + UUID.randomUUID(), operator.token()).expectProblem(404, "not-found");
        Api.get(PARKED + "?replayed=maybe", operator.token()).expect(400);

        JsonObject replayed = Api.post(PARKED + "/" + id + "/replay", operator.token(), null)
                .expect(200)
                .json();
        assertEquals(1, replayed.getInt("replays"));
        assertEquals(operator.account().id().toString(), replayed.getString("replayed_by"));
        assertNotNull(replayed.getString("replayed_at"));
        // Sent back to its topic, the message fails again and is parked anew; the replayed one stays listed.
        Await.until(
                "the replayed message parked again",
                Duration.ofSeconds(30),
                () -> parkedWith(operator.token(), poison).size() == 2);
        List<String> replayedIds = Api.get(PARKED + "?replayed=true&per_page=100", operator.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(i -> i.getString("id"))
                .toList();
        assertTrue(replayedIds.contains(id));
        assertTrue(Api.get(PARKED + "?replayed=false&per_page=100", operator.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .noneMatch(i -> id.equals(i.getString("id"))));
    }

    @Test
    void aRowKafkaRefusesIsParkedWithItsErrorAndTheEventsBehindItGoOut() throws Exception {
        Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Oversized event");
        String server = ControlDb.strings("SELECT server_name FROM tenant_databases WHERE tenant_id = ?", tenant)
                .get(0);
        String url = "jdbc:postgresql://localhost:" + ("second".equals(server) ? 5433 : 5432) + "/"
                + Tenants.databaseName(tenant);
        UUID oversized = UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(url, "postgres", "");
                PreparedStatement insert =
                        db.prepareStatement("INSERT INTO outbox (event_id, topic, message_key, payload,"
                                + " created_at) VALUES (?, 'document.uploaded', 'too-large', ?, now())")) {
            insert.setObject(1, oversized);
            insert.setString(2, "{\"data\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");
            insert.executeUpdate();
        }
        JsonObject document = Uploads.upload(admin.token(), tenant, "after.csv", "a,b\n1," + UUID.randomUUID() + "\n")
                .expect(201)
                .json();
        String documentId = document.getString("id");
        List<JsonObject> uploaded = Topics.events(
                "document.uploaded",
                e -> e.get("data") instanceof JsonObject data && documentId.equals(data.getString("document_id", "")),
                Duration.ofSeconds(30));
        assertEquals(1, uploaded.size());
        String error = Await.until("the oversized row parked", Duration.ofSeconds(10), () -> {
            try {
                List<String> errors = ControlDb.stringsAt(
                        url,
                        "SELECT error FROM outbox WHERE event_id = ?"
                                + " AND parked_at IS NOT NULL AND sent_at IS NULL",
                        oversized);
                return errors.stream().findFirst();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(error.contains("RecordTooLargeException"), error);
        assertTrue(uploaded.get(0).get("data") != JsonValue.NULL);
    }
}
