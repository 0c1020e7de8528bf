package dev.procura.imports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Uploads;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/** Uploading a file and importing it, for the import tests. */
public final class Imports {

    private Imports() {}

    public static String upload(Shop shop, String filename, byte[] content) {
        return Uploads.upload(shop.token(), shop.tenantId(), filename, content, new LinkedHashMap<>())
                .expect(201)
                .json()
                .getString("id");
    }

    public static String upload(Shop shop, String filename, String content) {
        return upload(shop, filename, content.getBytes(StandardCharsets.UTF_8));
    }

    public static JsonObject body(String entity, String documentId, String mode, boolean dryRun) {
        return Json.createObjectBuilder()
                .add("entity", entity)
                .add("document_id", documentId)
                .add("mode", mode)
                .add("dry_run", dryRun)
                .build();
    }

    /** Starts the import and waits until it has finished; the finished import. */
    public static JsonObject run(Shop shop, String entity, String documentId, String mode, boolean dryRun) {
        var started = Api.post(shop.path("/imports"), shop.token(), body(entity, documentId, mode, dryRun))
                .expect(202);
        String location = started.header("Location").orElseThrow();
        assertTrue(location.endsWith("/imports/" + started.json().getString("id")), location);
        return finished(shop, started.json().getString("id"));
    }

    public static JsonObject finished(Shop shop, String id) {
        return Await.until("import " + id + " finished", Duration.ofSeconds(60), () -> {
            JsonObject run = Api.get(shop.path("/imports/" + id), shop.token())
                    .expect(200)
                    .json();
            return List.of("completed", "failed").contains(run.getString("status"))
                    ? Optional.of(run)
                    : Optional.empty();
        });
    }

    /** Every rejection as "row field: message". */
    static List<String> rejections(Shop shop, String id) {
        return Api.get(shop.path("/imports/" + id + "/rejections?per_page=100"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(r -> r.getInt("row") + " " + r.getString("field") + ": " + r.getString("message"))
                .toList();
    }
}
