package dev.procura.search;

import static dev.procura.search.Searches.awaitHit;
import static dev.procura.search.Searches.awaitNoHit;
import static dev.procura.search.Searches.encode;
import static dev.procura.search.Searches.hit;
import static dev.procura.search.Searches.ids;
import static dev.procura.search.Searches.items;
import static dev.procura.search.Searches.search;
import static dev.procura.search.Searches.word;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Uploads;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Full-text search of one tenant: records are found by their numbers (whole and in part), their
 * supplier's name and the text of their file, follow their changes within seconds, rank names
 * above notes, are counted per type, and any text is a query; bad parameters are problems.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIT {

    private static final Set<String> TYPES =
            Set.of("document", "invoice", "purchase_order", "quote", "rfq", "supplier");

    private Shop shop;

    @BeforeAll
    void arrange() {
        shop = Buying.shop("Search");
    }

    private static JsonArrayBuilder lines() {
        return Buying.lines(Buying.line("BOLT-7", "4", "2.50", "23"));
    }

    private static String code() {
        return word("S").toUpperCase(Locale.ROOT);
    }

    private JsonObject order(UUID supplier, String notes) {
        return Api.post(
                        shop.path("/purchase-orders"),
                        shop.token(),
                        Buying.orderBody(supplier, lines()).add("notes", notes).build())
                .expect(201)
                .json();
    }

    private JsonObject find(String text) {
        return Searches.find(shop, shop.token(), text);
    }

    @Test
    void anOrderIsFoundByItsNumberWholeAndInPart() {
        UUID supplier = Searches.supplier(shop, code(), word("numbered") + " Ltd");
        JsonObject order = order(supplier, "Numbered order");
        String id = order.getString("id");
        String number = order.getString("number");

        awaitHit(shop, shop.token(), number, id);
        JsonObject best = items(find(number)).get(0);
        assertEquals(id, best.getString("id"), () -> "the order " + number + " first: " + find(number));
        assertEquals("purchase_order", best.getString("type"));
        assertEquals(number, best.getString("code"));
        assertTrue(best.getJsonNumber("rank").doubleValue() >= 2, best.toString());

        String part = number.substring(1);
        assertTrue(hit(find(part), id).isPresent(), () -> part + " finds " + number + ": " + find(part));
        String lower = number.toLowerCase(Locale.ROOT);
        assertEquals(id, ids(find(lower)).get(0), "numbers are found in any case");
    }

    @Test
    void anOrderIsFoundByItsSuppliersNameWithTheMatchMarked() {
        String name = word("quokka");
        UUID supplier = Searches.supplier(shop, code(), name + " Mills Ltd");
        String order = order(supplier, "Chairs for the office").getString("id");

        JsonObject hit = awaitHit(shop, shop.token(), name, order);
        assertEquals("purchase_order", hit.getString("type"));
        assertTrue(hit.getString("snippet").contains("«" + name + "»"), hit.toString());
        JsonObject supplierHit = awaitHit(shop, shop.token(), name, supplier);
        assertEquals("supplier", supplierHit.getString("type"));
        assertEquals(name + " Mills Ltd", supplierHit.getString("title"));
        assertTrue(supplierHit.getString("snippet").contains("«" + name + "»"), supplierHit.toString());
    }

    @Test
    void aDocumentIsFoundByAWordInsideItsFileAndByItsName() {
        String inside = word("pangolin");
        String named = word("manifest");
        String filename = "delivery_" + named + ".txt";
        String id = Uploads.upload(
                        shop.token(),
                        shop.tenantId(),
                        filename,
                        "Delivery note\n40 pallets of " + inside + " screws, checked at the gate.\n")
                .expect(201)
                .json()
                .getString("id");

        JsonObject byText = awaitHit(shop, shop.token(), inside, id);
        assertEquals("document", byText.getString("type"));
        assertEquals(filename, byText.getString("code"));
        assertTrue(byText.getString("snippet").contains("«" + inside + "»"), byText.toString());
        awaitHit(shop, shop.token(), named, id);
        awaitHit(shop, shop.token(), "delivery " + named, id);
    }

    @Test
    void aRenamedSupplierIsFoundByItsNewNameAndNoLongerByItsOldAndSoAreItsOrders() {
        String before = word("narwhal");
        String after = word("ocelot");
        String code = code();
        UUID supplier = Searches.supplier(shop, code, before + " Trading");
        String order = order(supplier, "Renamed supplier's order").getString("id");
        awaitHit(shop, shop.token(), before, order);

        Api.put(
                        shop.path("/suppliers/" + supplier),
                        shop.token(),
                        Buying.supplierBody(code)
                                .add("legal_name", after + " Trading")
                                .build())
                .expect(200);

        awaitHit(shop, shop.token(), after, supplier);
        awaitHit(shop, shop.token(), after, order);
        awaitNoHit(shop, shop.token(), before, order);
        awaitNoHit(shop, shop.token(), before, supplier);
    }

    @Test
    void aChangedNoteIsFoundByItsNewWordAndNoLongerByItsOld() {
        UUID supplier = Searches.supplier(shop, code(), word("noted") + " Ltd");
        String old = word("marmot");
        String fresh = word("wombat");
        String order = order(supplier, "Deliver with the " + old + " crates").getString("id");
        awaitHit(shop, shop.token(), old, order);

        Api.put(
                        shop.path("/purchase-orders/" + order),
                        shop.token(),
                        Buying.orderBody(supplier, lines())
                                .add("notes", "Deliver with the " + fresh + " crates")
                                .build())
                .expect(200);

        awaitHit(shop, shop.token(), fresh, order);
        awaitNoHit(shop, shop.token(), old, order);
    }

    @Test
    void aTitleMatchRanksAboveAMentionInNotes() {
        String topic = word("capybara");
        UUID supplier = Searches.supplier(shop, code(), word("ranked") + " Ltd");
        String order = order(supplier, "Also ask about the " + topic + " range").getString("id");
        String rfq = Api.post(
                        shop.path("/rfqs"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("title", topic + " chairs for Lisbon")
                                .add("currency", "EUR")
                                .add(
                                        "due_date",
                                        LocalDate.now(ZoneOffset.UTC)
                                                .plusDays(5)
                                                .toString())
                                .add("supplier_ids", Json.createArrayBuilder().add(supplier.toString()))
                                .add("lines", Buying.lines(Buying.line("CHAIR-1", "10", null, null)))
                                .build())
                .expect(201)
                .json()
                .getString("id");

        awaitHit(shop, shop.token(), topic, order);
        awaitHit(shop, shop.token(), topic, rfq);
        List<String> ranked = ids(find(topic));
        assertTrue(ranked.indexOf(rfq) < ranked.indexOf(order), () -> "the RFQ titled first: " + find(topic));
        JsonObject rfqHit = hit(find(topic), rfq).orElseThrow();
        assertEquals("rfq", rfqHit.getString("type"));
        assertEquals(topic + " chairs for Lisbon", rfqHit.getString("title"));
    }

    @Test
    void facetsCountTheHitsPerTypeWhateverTheTypeAsked() {
        String name = word("axolotl");
        UUID supplier = Searches.supplier(shop, code(), name + " Supplies");
        String first = order(supplier, "First").getString("id");
        String second = order(supplier, "Second").getString("id");
        awaitHit(shop, shop.token(), name, first);
        awaitHit(shop, shop.token(), name, second);
        awaitHit(shop, shop.token(), name, supplier);

        JsonObject all = find(name);
        assertEquals(TYPES, all.getJsonObject("facets").keySet());
        assertEquals(
                Map.of("document", 0, "invoice", 0, "purchase_order", 2, "quote", 0, "rfq", 0, "supplier", 1),
                counts(all.getJsonObject("facets")));
        assertEquals(3, all.getInt("total"));
        assertEquals(1, all.getInt("page"));
        assertEquals(20, all.getInt("per_page"));

        JsonObject orders = search(shop, shop.token(), "q=" + encode(name) + "&type=purchase_order")
                .expect(200)
                .json();
        assertEquals(2, orders.getInt("total"));
        assertEquals(Set.of(first, second), Set.copyOf(ids(orders)));
        assertEquals(all.getJsonObject("facets"), orders.getJsonObject("facets"));

        JsonObject secondPage = search(
                        shop, shop.token(), "q=" + encode(name) + "&type=purchase_order&per_page=1&page=2")
                .expect(200)
                .json();
        assertEquals(2, secondPage.getInt("total"));
        assertEquals(1, items(secondPage).size());
        assertEquals(ids(orders).get(1), ids(secondPage).get(0));
    }

    private static Map<String, Integer> counts(JsonObject facets) {
        return facets.keySet().stream().collect(Collectors.toMap(type -> type, facets::getInt));
    }

    @Test
    void fromAndToAreTheDaysRecordsLastChanged() {
        String name = word("ibex");
        UUID supplier = Searches.supplier(shop, code(), name + " Ltd");
        awaitHit(shop, shop.token(), name, supplier);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String q = "q=" + encode(name);

        assertEquals(1, total(q + "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1)));
        assertEquals(1, total(q + "&from=" + today.minusDays(1)));
        assertEquals(0, total(q + "&from=" + today.plusDays(2)));
        assertEquals(0, total(q + "&to=" + today.minusDays(2)));
    }

    private int total(String parameters) {
        return search(shop, shop.token(), parameters).expect(200).json().getInt("total");
    }

    @Test
    void anyTextIsAQueryNeverAServerError() {
        for (String odd : List.of(
                "\"unbalanced",
                "a & | !",
                "-",
                "'",
                "\\",
                "%",
                "_",
                "((",
                "foo:*",
                "<->",
                "a <-> b",
                "!!",
                "or",
                "the",
                "*",
                "PO-",
                "\"\"",
                "ü")) {
            JsonObject page = find(odd);
            assertTrue(page.containsKey("items"), odd + ": " + page);
        }
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        assertEquals(List.of("q"), search(shop, shop.token(), "type=supplier").fieldErrors());
        assertEquals(List.of("q"), search(shop, shop.token(), "q=").fieldErrors());
        assertEquals(List.of("q"), search(shop, shop.token(), "q=%20%20").fieldErrors());
        assertEquals(
                List.of("q"), search(shop, shop.token(), "q=" + "x".repeat(201)).fieldErrors());
        assertEquals(
                List.of("type"),
                search(shop, shop.token(), "q=acme&type=widget").fieldErrors());
        assertEquals(
                List.of("from"),
                search(shop, shop.token(), "q=acme&from=yesterday").fieldErrors());
        assertEquals(
                List.of("to"),
                search(shop, shop.token(), "q=acme&from=2026-03-02&to=2026-03-01")
                        .fieldErrors());
        search(shop, shop.token(), "q=acme&per_page=101").expectProblem(400, "validation");
        search(shop, shop.token(), "q=acme&page=0").expectProblem(400, "validation");
    }

    @Test
    void aReindexRebuildsAnIndexThatLacksTheDataAndDropsWhatIsGone() throws Exception {
        Shop own = Buying.shop("Search reindex");
        UUID supplier = Searches.supplier(own, code(), word("reindexed") + " Ltd");
        JsonObject order = Api.post(
                        own.path("/purchase-orders"),
                        own.token(),
                        Buying.orderBody(supplier, lines()).build())
                .expect(201)
                .json();
        String number = order.getString("number");
        awaitHit(own, own.token(), number, order.getString("id"));
        Searches.awaitSealed(own.tenantId());
        // As in a tenant whose data predates the index, plus the entry of a record that no longer exists.
        Searches.tenantSql(own.tenantId(), "DELETE FROM search_index");
        Searches.tenantSql(
                own.tenantId(),
                "INSERT INTO search_index (record_type, record_id, code, body, document, updated_at, indexed_at)"
                        + " VALUES ('purchase_order', gen_random_uuid(), 'PO-GHOST', 'ghost',"
                        + " to_tsvector('english', 'ghost'), now(), now() - interval '1 day')");
        assertEquals(0, Searches.find(own, own.token(), number).getInt("total"));
        assertEquals(1, Searches.find(own, own.token(), "PO-GHOST").getInt("total"));

        JsonObject indexed = Api.post(own.path("/search/reindex"), own.token(), null)
                .expect(200)
                .json()
                .getJsonObject("indexed");

        assertEquals(
                Map.of("document", 0, "invoice", 0, "purchase_order", 1, "quote", 0, "rfq", 0, "supplier", 1),
                counts(indexed));
        assertEquals(
                order.getString("id"),
                ids(Searches.find(own, own.token(), number)).get(0));
        assertEquals(0, Searches.find(own, own.token(), "PO-GHOST").getInt("total"));
    }
}
