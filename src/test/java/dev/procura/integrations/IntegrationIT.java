package dev.procura.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The outbound connector against a stand-in ERP in the test JVM: an approved order and a matched
 * invoice are POSTed with their fields, headers and known external ids; the id the ERP answers is
 * mapped; 5xx answers are retried with backoff, a 4xx makes the message dead; retry, replay, the
 * message list's filters, write-only secrets and bad input.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegrationIT {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String APPROVED = "purchase_order.approved";

    private ErpEndpoint erp;
    private Shop shop;
    private UUID supplier;

    @BeforeAll
    void startErp() throws Exception {
        erp = ErpEndpoint.start();
    }

    /** A tenant per test: every enabled system of a tenant takes every approval in it. */
    @BeforeEach
    void arrange() {
        shop = Buying.shop("Integrations");
        supplier = Buying.supplier(shop, "ERPSUP");
    }

    @AfterAll
    void stop() {
        erp.close();
    }

    static JsonObjectBuilder system(String code, String url, String... events) {
        JsonArrayBuilder subscribed = Json.createArrayBuilder();
        for (String event : events) {
            subscribed.add(event);
        }
        return Json.createObjectBuilder()
                .add("code", code)
                .add("name", code + " ERP")
                .add("endpoint_url", url)
                .add("events", subscribed);
    }

    private JsonObject define(JsonObjectBuilder body) {
        return Api.post(shop.path("/integrations"), shop.token(), body.build())
                .expect(201)
                .json();
    }

    private String approvedOrder(String item) {
        String order = Buying.order(shop, supplier, Buying.lines(Buying.line(item, "2", "50.00", "23")))
                .getString("id");
        Buying.submitAndApprove(shop, order);
        return order;
    }

    private List<JsonObject> messages(String system, String query) {
        return Api.get(shop.path("/integrations/" + system + "/messages" + query), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private JsonObject message(String system, String id) {
        return Api.get(shop.path("/integrations/" + system + "/messages/" + id), shop.token())
                .expect(200)
                .json();
    }

    private JsonObject onlyMessageOf(String system, String entityId) {
        List<JsonObject> of = messages(system, "?per_page=100").stream()
                .filter(m -> m.getString("entity_id").equals(entityId))
                .toList();
        assertEquals(1, of.size(), () -> "messages of " + entityId + ": " + of);
        return of.get(0);
    }

    private JsonObject awaitStatus(String system, String id, String status) {
        return Await.until(status + " message " + id, WITHIN, () -> {
            JsonObject m = message(system, id);
            return status.equals(m.getString("status")) ? Optional.of(m) : Optional.empty();
        });
    }

    private List<ErpEndpoint.Received> awaitReceived(String path, int count) {
        return Await.until(count + " requests at " + path, WITHIN, () -> {
            List<ErpEndpoint.Received> at = erp.at(path);
            return at.size() >= count ? Optional.of(at) : Optional.empty();
        });
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anApprovedOrderIsPostedWithItsFieldsHeadersAndKnownIdsAndTheAnsweredIdIsMapped() throws Exception {
        erp.script("/orders", new ErpEndpoint.Answer(201, "{\"id\":\"4500001\",\"status\":\"created\"}"));
        JsonObject created = define(system("erp", erp.url("/orders"), APPROVED)
                .add("bearer_token", "tok-erp-1")
                .add("hmac_secret", "s3cret-erp"));
        assertTrue(created.getBoolean("has_bearer_token"));
        assertTrue(created.getBoolean("has_hmac_secret"));
        assertFalse(
                created.toString().contains("tok-erp-1") || created.toString().contains("s3cret-erp"));
        for (String[] mapping :
                new String[][] {{"supplier", supplier.toString(), "V-100"}, {"item", "ERP-LAPTOP", "MAT-9"}}) {
            Api.put(
                            shop.path("/integrations/erp/mappings"),
                            shop.token(),
                            Json.createObjectBuilder()
                                    .add("entity_type", mapping[0])
                                    .add("our_id", mapping[1])
                                    .add("external_id", mapping[2])
                                    .build())
                    .expect(200);
        }

        String order = approvedOrder("ERP-LAPTOP");

        ErpEndpoint.Received request = awaitReceived("/orders", 1).get(0);
        JsonObject sent = awaitStatus("erp", onlyMessageOf("erp", order).getString("id"), "sent");
        assertEquals(1, sent.getInt("attempts"));
        assertEquals(201, sent.getInt("response_code"));
        assertEquals("4500001", sent.getString("external_id"));
        assertEquals("outbound", sent.getString("direction"));
        assertEquals("purchase_order", sent.getString("entity_type"));
        assertEquals(APPROVED, sent.getString("event_type"));
        assertEquals(sent.getString("id"), request.header("Idempotency-Key"));
        assertEquals("Bearer tok-erp-1", request.header("Authorization"));
        assertEquals(APPROVED, request.header("X-Procura-Event"));
        assertTrue(request.header("Content-Type").startsWith("application/json"));
        assertEquals(hmac("s3cret-erp", request.body()), request.header("X-Procura-Signature"));
        JsonObject body = request.json();
        assertEquals(APPROVED, body.getString("event_type"));
        assertEquals(shop.tenantId().toString(), body.getString("tenant_id"));
        assertEquals("erp", body.getString("system"));
        JsonObject document = body.getJsonObject("document");
        assertEquals(order, document.getString("id"));
        assertEquals("purchase_order", document.getString("type"));
        assertTrue(document.getString("number").startsWith("PO"), document.toString());
        assertEquals("EUR", document.getString("currency"));
        assertEquals(0, document.getJsonNumber("total").bigDecimalValue().compareTo(new java.math.BigDecimal("123")));
        assertEquals(supplier.toString(), document.getJsonObject("supplier").getString("id"));
        assertEquals("V-100", document.getJsonObject("supplier").getString("external_id"));
        JsonObject line = document.getJsonArray("lines").getJsonObject(0);
        assertEquals("ERP-LAPTOP", line.getString("item_code"));
        assertEquals("MAT-9", line.getString("item_external_id"));
        assertEquals(body, sent.getJsonObject("payload"), "the message keeps what was sent");

        JsonObject mapped = Api.get(shop.path("/integrations/erp/mappings?entity_type=purchase_order"), shop.token())
                .expect(200)
                .json();
        assertEquals(1, mapped.getInt("total"));
        JsonObject mapping = mapped.getJsonArray("items").getJsonObject(0);
        assertEquals(order, mapping.getString("our_id"));
        assertEquals("4500001", mapping.getString("external_id"));
        assertEquals("connector", mapping.getString("source"));
    }

    @Test
    void serverErrorsAreRetriedWithTheSameIdempotencyKeyUntilTheSystemTakesTheMessage() {
        erp.script("/flaky", new ErpEndpoint.Answer(500, "down"), new ErpEndpoint.Answer(503, "still down"));
        define(system("flaky", erp.url("/flaky"), APPROVED).add("max_attempts", 5));

        String order = approvedOrder("FLAKY-1");

        JsonObject sent = awaitStatus("flaky", onlyMessageOf("flaky", order).getString("id"), "sent");
        assertEquals(3, sent.getInt("attempts"));
        assertEquals(200, sent.getInt("response_code"));
        List<ErpEndpoint.Received> requests = erp.at("/flaky");
        assertEquals(3, requests.size());
        assertTrue(requests.stream().allMatch(r -> sent.getString("id").equals(r.header("Idempotency-Key"))));
        assertEquals(
                1, requests.stream().map(ErpEndpoint.Received::body).distinct().count());
    }

    @Test
    void aServerThatKeepsFailingMakesTheMessageDeadAfterItsAttempts() {
        erp.script(
                "/broken",
                new ErpEndpoint.Answer(500, ""),
                new ErpEndpoint.Answer(502, ""),
                new ErpEndpoint.Answer(500, ""));
        define(system("broken", erp.url("/broken"), APPROVED).add("max_attempts", 2));

        String order = approvedOrder("BROKEN-1");

        JsonObject dead = awaitStatus("broken", onlyMessageOf("broken", order).getString("id"), "dead");
        assertEquals(2, dead.getInt("attempts"));
        assertEquals(502, dead.getInt("response_code"));
        assertEquals("HTTP 502", dead.getString("last_error"));
    }

    @Test
    void aClientErrorMakesTheMessageDeadAtOnceAndARetrySendsItAgain() {
        erp.script("/refusing", new ErpEndpoint.Answer(400, "{\"error\":\"unknown vendor\"}"));
        define(system("refusing", erp.url("/refusing"), APPROVED));

        String order = approvedOrder("REFUSED-1");

        String id = onlyMessageOf("refusing", order).getString("id");
        JsonObject dead = awaitStatus("refusing", id, "dead");
        assertEquals(1, dead.getInt("attempts"));
        assertEquals(400, dead.getInt("response_code"));
        assertTrue(dead.getString("last_error").startsWith("HTTP 400: "), dead.getString("last_error"));
        assertTrue(dead.getString("last_error").contains("unknown vendor"));
        assertFalse(dead.getString("last_error").contains("\tat "));
        assertEquals(1, erp.at("/refusing").size());

        JsonObject retried = Api.post(shop.path("/integrations/refusing/messages/" + id + "/retry"), shop.token(), null)
                .expect(200)
                .json();
        assertEquals(1, retried.getInt("manual_retries"));
        JsonObject sent = awaitStatus("refusing", id, "sent");
        assertEquals(1, sent.getInt("attempts"), "a retry starts a fresh count");
        assertEquals(2, erp.at("/refusing").size());
        assertEquals(id, erp.at("/refusing").get(1).header("Idempotency-Key"));

        Api.post(shop.path("/integrations/refusing/messages/" + id + "/retry"), shop.token(), null)
                .expectProblem(409, "invalid-transition");
    }

    @Test
    void aReplayIsANewMessageWithItsOwnKeyLinkedToTheSentOriginal() {
        define(system("replays", erp.url("/replays"), APPROVED));
        String order = approvedOrder("REPLAY-1");
        String original = onlyMessageOf("replays", order).getString("id");
        awaitStatus("replays", original, "sent");

        Reply replay = Api.post(shop.path("/integrations/replays/messages/" + original + "/replay"), shop.token(), null)
                .expect(201);
        JsonObject again = replay.json();
        assertNotEquals(original, again.getString("id"));
        assertEquals(original, again.getString("replay_of"));
        assertTrue(replay.header("Location").orElseThrow().endsWith("/messages/" + again.getString("id")));
        awaitStatus("replays", again.getString("id"), "sent");
        List<ErpEndpoint.Received> requests = awaitReceived("/replays", 2);
        assertEquals(again.getString("id"), requests.get(1).header("Idempotency-Key"));
        assertEquals(
                requests.get(0).json().getJsonObject("document"),
                requests.get(1).json().getJsonObject("document"));
        assertEquals(2, messages("replays", "").size());

        erp.script("/replays", new ErpEndpoint.Answer(422, "no"));
        String refused = onlyMessageOf("replays", approvedOrder("REPLAY-2")).getString("id");
        awaitStatus("replays", refused, "dead");
        Api.post(shop.path("/integrations/replays/messages/" + refused + "/replay"), shop.token(), null)
                .expectProblem(409, "invalid-transition");
    }

    @Test
    void aMatchedInvoiceGoesToSystemsThatTakeInvoicesOnly() {
        define(system("invoices", erp.url("/invoices"), "invoice.matched"));
        define(system("orders-only", erp.url("/orders-only"), APPROVED));
        define(system("switched-off", erp.url("/off"), APPROVED, "invoice.matched")
                .add("enabled", false));
        String order = Buying.sentOrder(shop, supplier, Buying.lines(Buying.line("INV-ITEM", "2", "10.00", "0")))
                .getString("id");
        Buying.receive(shop, order, 1, "2", null);
        String invoice = Buying.invoice(shop, order, "SUP-INV-1", "EUR", Buying.line("INV-ITEM", "2", "10.00", "0"));
        assertEquals(
                "matched",
                Api.get(shop.path("/invoices/" + invoice), shop.token())
                        .expect(200)
                        .json()
                        .getString("status"),
                "entering an invoice of received goods matches it");

        JsonObject body = awaitReceived("/invoices", 1).get(0).json();
        assertEquals("invoice.matched", body.getString("event_type"));
        JsonObject document = body.getJsonObject("document");
        assertEquals("invoice", document.getString("type"));
        assertEquals(invoice, document.getString("id"));
        assertEquals(order, document.getString("purchase_order_id"));
        assertEquals("SUP-INV-1", document.getString("reference"));
        assertEquals(1, messages("invoices", "").size());
        assertEquals(1, messages("orders-only", "").size(), "the order's approval, not the invoice");
        assertEquals(0, messages("switched-off", "").size(), "a disabled system gets no messages");
    }

    @Test
    void theMessageListFiltersByStatusDirectionTypeAndDay() {
        erp.script("/mixed", new ErpEndpoint.Answer(404, ""));
        define(system("mixed", erp.url("/mixed"), APPROVED));
        String first = onlyMessageOf("mixed", approvedOrder("MIX-1")).getString("id");
        awaitStatus("mixed", first, "dead");
        String second = onlyMessageOf("mixed", approvedOrder("MIX-2")).getString("id");
        awaitStatus("mixed", second, "sent");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

        assertEquals(List.of(first), ids(messages("mixed", "?status=dead")));
        assertEquals(List.of(second), ids(messages("mixed", "?status=sent")));
        assertEquals(List.of(second, first), ids(messages("mixed", "?direction=outbound")));
        assertEquals(List.of(first, second), ids(messages("mixed", "?sort=created_at")));
        assertEquals(List.of(), ids(messages("mixed", "?direction=inbound")));
        assertEquals(List.of(), ids(messages("mixed", "?entity_type=invoice")));
        assertEquals(
                2,
                messages("mixed", "?entity_type=purchase_order&from=" + today + "&to=" + today)
                        .size());
        assertEquals(List.of(), ids(messages("mixed", "?from=" + tomorrow)));
        assertEquals(List.of(), ids(messages("mixed", "?to=" + yesterday)));
        JsonObject page = Api.get(shop.path("/integrations/mixed/messages?per_page=1&page=2"), shop.token())
                .expect(200)
                .json();
        assertEquals(2, page.getInt("total"));
        assertEquals(List.of(first), ids(page.getJsonArray("items").getValuesAs(JsonObject.class)));
        assertFalse(page.getJsonArray("items").getJsonObject(0).containsKey("payload"), "lists leave payloads out");

        for (String bad : List.of("?status=lost", "?direction=sideways", "?from=someday", "?sort=payload")) {
            Api.get(shop.path("/integrations/mixed/messages" + bad), shop.token())
                    .expectProblem(400, "validation");
        }
    }

    private static List<String> ids(List<JsonObject> messages) {
        return messages.stream().map(m -> m.getString("id")).toList();
    }

    @Test
    void secretsAreWriteOnlyKeptWhenLeftOutAndRemovedByAnEmptyString() {
        define(system("secretive", erp.url("/secretive"), APPROVED)
                .add("bearer_token", "tok-secret")
                .add("hmac_secret", "hmac-secret"));
        JsonObject changed = Api.put(
                        shop.path("/integrations/secretive"),
                        shop.token(),
                        system("secretive", erp.url("/secretive-2"), APPROVED)
                                .add("external_id_field", "doc_no")
                                .build())
                .expect(200)
                .json();
        assertTrue(changed.getBoolean("has_bearer_token"));
        assertTrue(changed.getBoolean("has_hmac_secret"));
        assertEquals(erp.url("/secretive-2"), changed.getString("endpoint_url"));
        assertEquals("doc_no", changed.getString("external_id_field"));
        JsonObject cleared = Api.put(
                        shop.path("/integrations/secretive"),
                        shop.token(),
                        system("secretive", erp.url("/secretive-2"), APPROVED)
                                .add("bearer_token", "")
                                .add("external_id_field", "doc_no")
                                .build())
                .expect(200)
                .json();
        assertFalse(cleared.getBoolean("has_bearer_token"));
        assertTrue(cleared.getBoolean("has_hmac_secret"));
        String listed =
                Api.get(shop.path("/integrations"), shop.token()).expect(200).body();
        assertTrue(listed.contains("\"secretive\""));
        assertFalse(listed.contains("tok-secret") || listed.contains("hmac-secret"));

        erp.script("/secretive-2", new ErpEndpoint.Answer(200, "{\"doc_no\":777}"));
        String order = approvedOrder("SECRET-1");
        JsonObject sent =
                awaitStatus("secretive", onlyMessageOf("secretive", order).getString("id"), "sent");
        assertEquals("777", sent.getString("external_id"), "read from the configured member");
        ErpEndpoint.Received request = erp.at("/secretive-2").get(0);
        assertEquals(null, request.header("Authorization"));
        assertTrue(request.header("X-Procura-Signature").startsWith("sha256="));
    }

    @Test
    void badInputIsRefusedWithFieldErrorsAndLeavesNothingBehind() {
        Api.post(
                        shop.path("/integrations"),
                        shop.token(),
                        system("bad-url", "ftp://erp.example.com/x", APPROVED).build())
                .expectProblem(400, "validation");
        assertEquals(
                List.of("endpoint_url"),
                Api.post(
                                shop.path("/integrations"),
                                shop.token(),
                                system("bad-url", "https://user:pw@erp.example.com/", APPROVED)
                                        .build())
                        .fieldErrors());
        List<String> fields = Api.post(
                        shop.path("/integrations"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", "Bad Code!")
                                .add("endpoint_url", "https://erp.example.com/")
                                .add("events", Json.createArrayBuilder().add("order.created"))
                                .add("max_attempts", 0)
                                .build())
                .fieldErrors();
        assertTrue(fields.contains("code"), fields.toString());
        assertTrue(fields.contains("name"), fields.toString());
        assertTrue(fields.contains("max_attempts"), fields.toString());
        assertTrue(fields.stream().anyMatch(f -> f.startsWith("events")), fields.toString());
        Api.post(
                        shop.path("/integrations"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("name", "No code")
                                .add("endpoint_url", "https://erp.example.com/")
                                .add("events", Json.createArrayBuilder())
                                .build())
                .fieldErrors();
        String all = Api.get(shop.path("/integrations?per_page=100"), shop.token())
                .expect(200)
                .body();
        assertFalse(all.contains("bad-url") || all.contains("No code"), all);

        define(system("taken", erp.url("/taken"), APPROVED));
        Api.post(
                        shop.path("/integrations"),
                        shop.token(),
                        system("taken", erp.url("/other"), APPROVED).build())
                .expectProblem(409, "integration-system-code-taken");
        assertEquals(
                List.of("code"),
                Api.put(
                                shop.path("/integrations/taken"),
                                shop.token(),
                                system("renamed", erp.url("/taken"), APPROVED).build())
                        .fieldErrors());
        assertEquals(
                erp.url("/taken"),
                Api.get(shop.path("/integrations/taken"), shop.token())
                        .expect(200)
                        .json()
                        .getString("endpoint_url"));

        Api.get(shop.path("/integrations/nowhere"), shop.token()).expectProblem(404, "not-found");
        Api.get(shop.path("/integrations/nowhere/messages"), shop.token()).expectProblem(404, "not-found");
        Api.get(shop.path("/integrations/taken/messages/" + UUID.randomUUID()), shop.token())
                .expectProblem(404, "not-found");
        Api.post(shop.path("/integrations/taken/messages/" + UUID.randomUUID() + "/retry"), shop.token(), null)
                .expectProblem(404, "not-found");

        JsonObject mapping = Json.createObjectBuilder()
                .add("entity_type", "supplier")
                .add("our_id", UUID.randomUUID().toString())
                .add("external_id", "V-1")
                .build();
        Api.put(shop.path("/integrations/taken/mappings"), shop.token(), mapping)
                .expect(200);
        JsonObject clash = Api.put(
                        shop.path("/integrations/taken/mappings"),
                        shop.token(),
                        Json.createObjectBuilder(mapping)
                                .add("our_id", UUID.randomUUID().toString())
                                .build())
                .expectProblem(409, "integration-id-mapped");
        assertEquals(mapping.getString("our_id"), clash.getString("our_id"));
        assertEquals(
                List.of("entity_type"),
                Api.put(
                                shop.path("/integrations/taken/mappings"),
                                shop.token(),
                                Json.createObjectBuilder(mapping)
                                        .add("entity_type", "planet")
                                        .build())
                        .fieldErrors());
        assertEquals(
                1,
                Api.get(shop.path("/integrations/taken/mappings"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
    }
}
