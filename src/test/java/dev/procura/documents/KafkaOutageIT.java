package dev.procura.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.LocalServices;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import dev.procura.support.Topics;
import dev.procura.support.Uploads;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Uploads go on while Kafka is down; their events arrive once it is back, each once. */
@MicroShedTest
class KafkaOutageIT {

    @Test
    void uploadsDuringAKafkaOutageSucceedAndTheirEventsArriveOnceAfterwards() throws Exception {
        Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Kafka outage");
        List<String> documents = new ArrayList<>();
        List<String> files = new ArrayList<>();
        LocalServices.run("stop", "kafka");
        try {
            for (int i = 0; i < 3; i++) {
                JsonObject uploaded = Uploads.upload(
                                admin.token(),
                                tenant,
                                "during-" + i + ".txt",
                                "written while the broker is down " + UUID.randomUUID())
                        .expect(201)
                        .json();
                documents.add(uploaded.getString("id"));
                files.add(uploaded.getJsonObject("file").getString("id"));
            }
        } finally {
            LocalServices.run("start");
        }
        List<JsonObject> uploaded = Topics.events(
                "document.uploaded",
                e -> documents.contains(e.getJsonObject("data").getString("document_id", "")),
                Duration.ofSeconds(60));
        assertEquals(3, uploaded.size(), uploaded.toString());
        assertEquals(
                3,
                uploaded.stream().map(e -> e.getString("event_id")).distinct().count());

        for (String fileId : files) {
            JsonObject file = null;
            for (int i = 0; i < 120 && (file == null || !file.containsKey("text_preview")); i++) {
                file = Api.get(Tenants.path(tenant, "/files/" + fileId), admin.token())
                        .expect(200)
                        .json();
                Thread.sleep(250);
            }
            assertTrue(
                    file.getString("text_preview", "").contains("written while the broker is down"),
                    String.valueOf(file));
        }
    }
}
