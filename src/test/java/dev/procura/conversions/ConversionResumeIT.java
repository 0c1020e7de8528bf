package dev.procura.conversions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ChunkGate;
import dev.procura.support.Conversions;
import dev.procura.support.SecondServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A conversion whose server dies in the middle is taken over by another server of the cluster
 * (not the same server coming back), goes on from its last staged chunk, and makes the same file
 * as a conversion that ran without a break.
 */
@MicroShedTest
class ConversionResumeIT {

    @Test
    void aConversionKilledMidwayOnOneServerIsFinishedByAnotherFromItsCheckpoint() throws Exception {
        Shop shop = Buying.shop("Resume");
        for (int i = 0; i < 250; i++) {
            Buying.supplier(shop, String.format("S%04d", i));
        }
        JsonObject request = Json.createObjectBuilder()
                .add("template_id", Conversions.builtIn(shop, "Supplier list (Excel)"))
                .add("format", "csv")
                .add(
                        "source",
                        Json.createObjectBuilder()
                                .add("type", "supplier")
                                .add("filter", Json.createObjectBuilder().add("status", "active")))
                .build();

        String interrupted;
        try (SecondServer b = SecondServer.start(5013);
                ChunkGate gate = ChunkGate.closedBefore(shop.tenantId(), 2)) {
            interrupted = Api.requestAt(b.baseUrl(), "POST", shop.path("/conversions"))
                    .token(shop.token())
                    .json(request)
                    .send()
                    .expect(202)
                    .json()
                    .getString("id");
            gate.awaitHeld();
            JsonObject midway = Api.get(shop.path("/conversions/" + interrupted), shop.token())
                    .expect(200)
                    .json();
            assertEquals("running", midway.getString("status"));
            assertEquals(100, midway.getInt("records_done"), "one chunk staged: " + midway);
            b.kill();
            gate.open();
        }

        JsonObject resumed = Conversions.awaitFinished(shop, shop.token(), interrupted);
        assertEquals("completed", resumed.getString("status"), resumed.toString());
        assertEquals(2, resumed.getInt("attempts"), "started on B, taken over here: " + resumed);
        assertEquals(250, resumed.getInt("records_done"), "no chunk staged twice: " + resumed);

        JsonObject uninterrupted = Conversions.run(shop, shop.token(), request);
        assertEquals(1, uninterrupted.getInt("attempts"));
        byte[] afterTakeover = Conversions.file(shop, shop.token(), interrupted);
        byte[] withoutBreak = Conversions.file(shop, shop.token(), uninterrupted.getString("id"));
        assertTrue(withoutBreak.length > 250 * 20, "a real file: " + withoutBreak.length + " bytes");
        assertArrayEquals(withoutBreak, afterTakeover);
        // Equal content is one stored file: the second document reuses the first's.
        assertEquals(
                Api.get(shop.path("/documents/" + resumed.getString("document_id")), shop.token())
                        .expect(200)
                        .json()
                        .getJsonObject("file")
                        .getString("id"),
                Api.get(shop.path("/documents/" + uninterrupted.getString("document_id")), shop.token())
                        .expect(200)
                        .json()
                        .getJsonObject("file")
                        .getString("id"));
    }
}
