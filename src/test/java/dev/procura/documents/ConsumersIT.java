package dev.procura.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import dev.procura.support.Topics;
import dev.procura.support.Uploads;
import jakarta.json.JsonObject;
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

/** The event consumers (MicroProfile Reactive Messaging) against the real broker. */
@MicroShedTest
class ConsumersIT {

    private static JsonObject fileWhen(Member admin, UUID tenant, String fileId, java.util.function.Predicate<Reply> done)
            throws InterruptedException {
        Reply reply = null;
        for (int i = 0; i < 80; i++) {
            reply = Api.get(Tenants.path(tenant, "/files/" + fileId), admin.token());
            if (done.test(reply)) {
                return reply.status() == 200 ? reply.json() : null;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("condition not reached; last answer " + reply.status() + " " + reply.body());
    }

    @Test
    void uploadedTextIsExtractedForSearch() throws Exception {
        Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Extraction");
        String marker = "flange-" + UUID.randomUUID();
        String fileId = Uploads.upload(admin.token(), tenant, "notes.txt", "Quote for 40 stainless " + marker + "\n")
                .expect(201).json().getJsonObject("file").getString("id");

        JsonObject file = fileWhen(admin, tenant, fileId,
                r -> r.status() == 200 && r.json().containsKey("text_preview"));
        assertTrue(file.getString("text_preview").contains(marker), file.toString());
        assertTrue(file.getString("metadata").contains("text/plain"), file.getString("metadata"));
    }

    @Test
    void aPoisonMessageIsParkedOnTheDeadLetterTopicAndTheNextOnesAreHandled() throws Exception {
        String poison = "not an envelope " + UUID.randomUUID();
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Topics.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>("document.deleted", "poison", poison)).get();
        }

        Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "After the poison");
        JsonObject document = Uploads.upload(admin.token(), tenant, "x.csv", "a,b\n" + UUID.randomUUID() + ",1\n")
                .expect(201).json();
        String fileId = document.getJsonObject("file").getString("id");
        Api.delete(Tenants.path(tenant, "/documents/" + document.getString("id")), admin.token()).expect(204);

        fileWhen(admin, tenant, fileId, r -> r.status() == 404);
        List<JsonObject> parked = Topics.events("document.deleted.dlq",
                e -> poison.equals(e.getString("payload", "")), Duration.ofSeconds(20));
        assertEquals(1, parked.size());
        assertTrue(parked.get(0).getString("error").contains("unreadable envelope"), parked.get(0).toString());
        assertEquals("document.deleted", parked.get(0).getString("topic"));
    }
}
