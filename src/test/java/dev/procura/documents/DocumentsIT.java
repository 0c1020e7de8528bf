package dev.procura.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Objects;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import dev.procura.support.Topics;
import dev.procura.support.Uploads;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class DocumentsIT {

    private static String hex(String algorithm, byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
    }

    private static String uniqueCsv() {
        return "item,quantity\nbolt-" + UUID.randomUUID() + ",12\n";
    }

    @Test
    void anUploadIsHashedStoredOnceAndDeduplicatedWithinTheTenantOnly() throws Exception {
        Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Docs A");
        UUID other = Tenants.create(admin.token(), "Docs B");
        String csv = uniqueCsv();
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);

        Reply first = Uploads.upload(admin.token(), tenant, "order.csv", bytes, Map.of("tags", "po, 2026"));
        first.expect(201);
        JsonObject document = first.json();
        JsonObject file = document.getJsonObject("file");
        assertEquals(hex("SHA-256", bytes), file.getString("sha256"));
        assertEquals(hex("MD5", bytes), file.getString("md5"));
        assertEquals(bytes.length, file.getInt("size_bytes"));
        assertEquals("text/csv", document.getString("mime_type"));
        assertEquals(
                List.of("po", "2026"),
                document.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertFalse(document.getBoolean("duplicate"));
        assertTrue(first.header("Location").orElseThrow().endsWith("/documents/" + document.getString("id")));

        JsonObject again = Uploads.upload(admin.token(), tenant, "copy.csv", csv)
                .expect(201)
                .json();
        assertTrue(again.getBoolean("duplicate"));
        assertEquals(file.getString("id"), again.getJsonObject("file").getString("id"));
        assertNotEquals(document.getString("id"), again.getString("id"));

        JsonObject elsewhere = Uploads.upload(admin.token(), other, "order.csv", csv)
                .expect(201)
                .json();
        assertFalse(elsewhere.getBoolean("duplicate"));
        assertNotEquals(file.getString("id"), elsewhere.getJsonObject("file").getString("id"));

        JsonObject files = Api.get(Tenants.path(tenant, "/files"), admin.token())
                .expect(200)
                .json();
        assertEquals(1, files.getInt("total"));
        assertEquals(2, files.getJsonArray("items").getJsonObject(0).getInt("document_count"));
    }

    @Test
    void contentAndPresignedLinksGiveBackTheSameBytes() throws Exception {
        Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Downloads");
        byte[] bytes = uniqueCsv().getBytes(StandardCharsets.UTF_8);
        // A name outside ASCII travels in the `filename` part (multipart header parameters are ASCII).
        String id = Uploads.upload(admin.token(), tenant, "upload.csv", bytes, Map.of("filename", "résumé.csv"))
                .expect(201)
                .json()
                .getString("id");

        HttpResponse<byte[]> content = Api.request("GET", Tenants.path(tenant, "/documents/" + id + "/content"))
                .token(admin.token())
                .sendForBytes();
        assertEquals(200, content.statusCode());
        assertArrayEquals(bytes, content.body());
        assertTrue(content.headers()
                .firstValue("Content-Disposition")
                .orElseThrow()
                .contains("filename*=UTF-8''r%C3%A9sum%C3%A9.csv"));

        JsonObject link = Api.request("GET", Tenants.path(tenant, "/documents/" + id + "/download"))
                .token(admin.token())
                .header("Accept", "application/json")
                .send()
                .expect(200)
                .json();
        HttpResponse<byte[]> fetched = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(link.getString("url")))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, fetched.statusCode());
        assertArrayEquals(bytes, fetched.body());

        Reply redirect = Api.request("GET", Tenants.path(tenant, "/documents/" + id + "/download"))
                .token(admin.token())
                .header("Accept", "*/*")
                .send();
        assertEquals(302, redirect.status());
        assertTrue(redirect.header("Location").orElseThrow().contains("X-Amz-Signature"));

        List<JsonObject> downloads = Topics.events(
                "document.downloaded",
                e -> id.equals(e.getJsonObject("data").getString("document_id", "")),
                Duration.ofSeconds(20));
        assertEquals(3, downloads.size(), downloads.toString());
        // Each download and the upload are on the document's audit trail, newest first, by the admin.
        List<JsonObject> audit =
                dev.procura.support.Await.until("the document's audit trail", Duration.ofSeconds(20), () -> {
                    List<JsonObject> entries = Api.get(
                                    Tenants.path(tenant, "/audit/entities/document/" + id), admin.token())
                            .expect(200)
                            .json()
                            .getJsonArray("items")
                            .getValuesAs(JsonObject.class);
                    return entries.size() == 4 ? java.util.Optional.of(entries) : java.util.Optional.empty();
                });
        assertEquals(
                List.of("document.downloaded", "document.downloaded", "document.downloaded", "document.uploaded"),
                audit.stream().map(e -> e.getString("action")).toList());
        assertEquals(admin.account().email(), audit.get(3).getString("actor_email"));
    }

    @Test
    void uploadsAreRefusedWhenTooLargeOrMislabelled() throws Exception {
        Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Limits");
        byte[] large = new byte[8 * 1024 * 1024 + 1];
        Uploads.upload(admin.token(), tenant, "big.bin", large, Map.of()).expectProblem(413, "payload-too-large");

        assertEquals(
                List.of("mime_type"),
                Uploads.upload(
                                admin.token(),
                                tenant,
                                "order.csv",
                                uniqueCsv().getBytes(StandardCharsets.UTF_8),
                                Map.of("mime_type", "application/pdf"))
                        .fieldErrors());
        assertEquals(
                List.of("file"),
                Api.request("POST", Tenants.path(tenant, "/documents"))
                        .token(admin.token())
                        .bytes(
                                "multipart/form-data; boundary=x",
                                "--x\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\na\r\n--x--\r\n"
                                        .getBytes(StandardCharsets.UTF_8))
                        .send()
                        .fieldErrors());
        assertEquals(
                0,
                Api.get(Tenants.path(tenant, "/documents"), admin.token())
                        .json()
                        .getInt("total"));
        assertEquals(
                0, Api.get(Tenants.path(tenant, "/files"), admin.token()).json().getInt("total"));
    }

    @Test
    void listsFilterSortAndPage() {
        Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Listing");
        for (String name : List.of("b-invoice.csv", "a-order.csv", "c-quote.txt")) {
            Uploads.upload(admin.token(), tenant, name, uniqueCsv()).expect(201);
        }
        JsonObject byName = Api.get(Tenants.path(tenant, "/documents?sort=filename&per_page=2"), admin.token())
                .expect(200)
                .json();
        assertEquals(3, byName.getInt("total"));
        assertEquals(
                "a-order.csv", byName.getJsonArray("items").getJsonObject(0).getString("filename"));
        assertEquals(2, byName.getJsonArray("items").size());

        JsonObject filtered = Api.get(Tenants.path(tenant, "/documents?filename=INVOICE"), admin.token())
                .json();
        assertEquals(1, filtered.getInt("total"));
        assertEquals(
                1,
                Api.get(Tenants.path(tenant, "/documents?mime_type=text/plain"), admin.token())
                        .json()
                        .getInt("total"));
        assertEquals(
                3,
                Api.get(Tenants.path(tenant, "/documents?uploaded_by=" + admin.id()), admin.token())
                        .json()
                        .getInt("total"));
        assertEquals(
                0,
                Api.get(Tenants.path(tenant, "/documents?from=2999-01-01T00:00:00Z"), admin.token())
                        .json()
                        .getInt("total"));
        assertEquals(
                List.of("sort"),
                Api.get(Tenants.path(tenant, "/documents?sort=size"), admin.token())
                        .fieldErrors());
        assertEquals(
                List.of("from"),
                Api.get(Tenants.path(tenant, "/documents?from=yesterday"), admin.token())
                        .fieldErrors());
    }

    @Test
    void requestersChangeTheirOwnDocumentsAndAdminsAnyViewersNone() {
        Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Ownership");
        Member alice = Tenants.join(tenant, admin.token(), "requester");
        Member bob = Tenants.join(tenant, admin.token(), "requester");
        Member viewer = Tenants.join(tenant, admin.token(), "viewer");
        String id = Uploads.upload(alice.token(), tenant, "alice.csv", uniqueCsv())
                .expect(201)
                .json()
                .getString("id");
        JsonObject rename = Json.createObjectBuilder()
                .add("filename", "renamed.csv")
                .add("mime_type", "text/csv")
                .add("tags", Json.createArrayBuilder().add("x"))
                .build();

        Api.put(Tenants.path(tenant, "/documents/" + id), bob.token(), rename).expectProblem(403, "forbidden");
        Api.delete(Tenants.path(tenant, "/documents/" + id), bob.token()).expectProblem(403, "forbidden");
        Uploads.upload(viewer.token(), tenant, "viewer.csv", uniqueCsv()).expectProblem(403, "forbidden");
        Api.get(Tenants.path(tenant, "/documents/" + id), viewer.token()).expect(200);

        assertEquals(
                "renamed.csv",
                Api.put(Tenants.path(tenant, "/documents/" + id), alice.token(), rename)
                        .expect(200)
                        .json()
                        .getString("filename"));
        Api.put(Tenants.path(tenant, "/documents/" + id), admin.token(), rename).expect(200);
        assertEquals(
                List.of("filename", "mime_type"),
                Api.put(
                                Tenants.path(tenant, "/documents/" + id),
                                admin.token(),
                                Json.createObjectBuilder()
                                        .add("filename", "")
                                        .add("mime_type", "not a type")
                                        .build())
                        .fieldErrors());
        Api.delete(Tenants.path(tenant, "/documents/" + id), admin.token()).expect(204);
        Api.get(Tenants.path(tenant, "/documents/" + id), admin.token()).expectProblem(404, "not-found");
    }

    @Test
    void outsidersCannotReachDocuments() {
        Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Private docs");
        String id = Uploads.upload(admin.token(), tenant, "secret.csv", uniqueCsv())
                .expect(201)
                .json()
                .getString("id");
        Member outsider = Tenants.signedIn();
        Tenants.create(outsider.token(), "Outsider's own");

        Api.get(Tenants.path(tenant, "/documents/" + id), outsider.token()).expectProblem(404, "not-found");
        Api.get(Tenants.path(tenant, "/documents/" + id + "/content"), outsider.token())
                .expectProblem(404, "not-found");
        Uploads.upload(outsider.token(), tenant, "x.csv", uniqueCsv()).expectProblem(404, "not-found");
    }

    @Test
    void theLastDocumentOfAFileLeavesAnOrphanThatAConsumerRemovesWithItsObject() throws Exception {
        Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Orphans");
        String csv = uniqueCsv();
        JsonObject one = Uploads.upload(admin.token(), tenant, "one.csv", csv)
                .expect(201)
                .json();
        JsonObject two = Uploads.upload(admin.token(), tenant, "two.csv", csv)
                .expect(201)
                .json();
        JsonObject file = one.getJsonObject("file");
        String fileId = file.getString("id");
        String key = Objects.keyOf(tenant, file);
        assertTrue(Objects.exists(key));

        Api.delete(Tenants.path(tenant, "/files/" + fileId), admin.token()).expectProblem(409, "file-in-use");
        Api.delete(Tenants.path(tenant, "/documents/" + one.getString("id")), admin.token())
                .expect(204);
        Api.get(Tenants.path(tenant, "/files/" + fileId), admin.token()).expect(200);
        Api.delete(Tenants.path(tenant, "/documents/" + two.getString("id")), admin.token())
                .expect(204);

        List<JsonObject> deleted = Topics.events(
                "document.deleted",
                e -> fileId.equals(e.getJsonObject("data").getString("file_id", "")),
                Duration.ofSeconds(20));
        assertEquals(2, deleted.size());
        assertEquals(
                1,
                deleted.stream()
                        .filter(e -> e.getJsonObject("data").getBoolean("orphan"))
                        .count());

        Reply gone = null;
        for (int i = 0; i < 60; i++) {
            gone = Api.get(Tenants.path(tenant, "/files/" + fileId), admin.token());
            if (gone.status() == 404) {
                break;
            }
            Thread.sleep(250);
        }
        gone.expectProblem(404, "not-found");
        assertFalse(Objects.exists(key), "the orphan's object is deleted too");
    }
}
