package dev.procura.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The rules of RFQs and quotes: drafts change, sent RFQs take quotes from invited suppliers only. */
@MicroShedTest
class RfqAndQuoteIT {

    private static JsonObjectBuilder rfqBody(String title, UUID... suppliers) {
        JsonArrayBuilder invited = Json.createArrayBuilder();
        for (UUID supplier : suppliers) {
            invited.add(supplier.toString());
        }
        return Json.createObjectBuilder()
                .add("title", title)
                .add("currency", "EUR")
                .add("due_date", LocalDate.now(ZoneOffset.UTC).plusDays(5).toString())
                .add("supplier_ids", invited)
                .add(
                        "lines",
                        Buying.lines(Buying.line("CHAIR", "12", "150", null), Buying.line("DESK", "6", null, null)));
    }

    private static JsonObjectBuilder quoteBody(String rfqId, UUID supplier, JsonArrayBuilder lines) {
        return Json.createObjectBuilder()
                .add("rfq_id", rfqId)
                .add("supplier_id", supplier.toString())
                .add("currency", "EUR")
                .add("valid_until", LocalDate.now(ZoneOffset.UTC).plusDays(20).toString())
                .add("lead_time_days", 7)
                .add("lines", lines);
    }

    private static List<String> titles(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("title"))
                .toList();
    }

    @Test
    void aDraftChangesUntilSentAndTheListFiltersByStatusTextAndSupplier() {
        Shop shop = Buying.shop("RFQ rules");
        UUID one = Buying.supplier(shop, "ONE");
        UUID two = Buying.supplier(shop, "TWO");
        String id = Api.post(
                        shop.path("/rfqs"), shop.token(), rfqBody("Chairs", one).build())
                .expect(201)
                .json()
                .getString("id");
        JsonObject changed = Api.put(
                        shop.path("/rfqs/" + id),
                        shop.token(),
                        rfqBody("Chairs and desks", one, two).build())
                .expect(200)
                .json();
        assertEquals(2, changed.getJsonArray("supplier_ids").size());
        assertEquals("Chairs and desks", changed.getString("title"));
        Api.post(shop.path("/rfqs"), shop.token(), rfqBody("Lamps", two).build())
                .expect(201);
        Api.post(shop.path("/rfqs/" + id + "/send"), shop.token(), null).expect(200);
        JsonObject refused = Api.put(
                        shop.path("/rfqs/" + id),
                        shop.token(),
                        rfqBody("Too late", one).build())
                .expectProblem(409, "invalid-transition");
        assertEquals("sent", refused.getString("current_status"));

        assertEquals(
                List.of("Chairs and desks"),
                titles(Api.get(shop.path("/rfqs?status=sent"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("Lamps"),
                titles(Api.get(shop.path("/rfqs?q=lamp"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("Chairs and desks"),
                titles(Api.get(shop.path("/rfqs?supplier_id=" + one), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("Chairs and desks", "Lamps"),
                titles(Api.get(shop.path("/rfqs?supplier_id=" + two + "&sort=title"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                "Chairs and desks",
                Api.get(shop.path("/rfqs/" + id), shop.token())
                        .expect(200)
                        .json()
                        .getString("title"));

        assertEquals(
                "closed",
                Api.post(shop.path("/rfqs/" + id + "/close"), shop.token(), null)
                        .expect(200)
                        .json()
                        .getString("status"));
        Api.post(shop.path("/rfqs/" + id + "/cancel"), shop.token(), null).expectProblem(409, "invalid-transition");
        String lamps = Api.get(shop.path("/rfqs?q=lamp"), shop.token())
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");
        assertEquals(
                "cancelled",
                Api.post(shop.path("/rfqs/" + lamps + "/cancel"), shop.token(), null)
                        .expect(200)
                        .json()
                        .getString("status"));
        Api.get(shop.path("/rfqs?sort=supplier"), shop.token()).expectProblem(400, "validation");
        Api.get(shop.path("/rfqs/" + UUID.randomUUID()), shop.token()).expectProblem(404, "not-found");
    }

    @Test
    void badRfqsAreRefusedWithEveryField() {
        Shop shop = Buying.shop("RFQ input");
        UUID one = Buying.supplier(shop, "ONE");
        assertEquals(
                List.of("due_date", "lines[0].quantity", "supplier_ids", "title"),
                Api.post(
                                shop.path("/rfqs"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("title", "")
                                        .add("currency", "EUR")
                                        .add("supplier_ids", Json.createArrayBuilder())
                                        .add("lines", Buying.lines(Buying.line("A", "-1", null, null)))
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("needed_by"),
                Api.post(
                                shop.path("/rfqs"),
                                shop.token(),
                                rfqBody("Early", one)
                                        .add(
                                                "needed_by",
                                                LocalDate.now(ZoneOffset.UTC).toString())
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("lines"),
                Api.post(
                                shop.path("/rfqs"),
                                shop.token(),
                                rfqBody("Empty", one)
                                        .add("lines", Json.createArrayBuilder())
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("supplier_ids"),
                Api.post(
                                shop.path("/rfqs"),
                                shop.token(),
                                rfqBody("Stranger", UUID.randomUUID()).build())
                        .fieldErrors());
        assertEquals(
                List.of("currency"),
                Api.post(
                                shop.path("/rfqs"),
                                shop.token(),
                                rfqBody("Money", one).add("currency", "QQQ").build())
                        .fieldErrors());
    }

    @Test
    void quotesComeFromInvitedSuppliersOnceInTheRfqCurrencyForItsItems() {
        Shop shop = Buying.shop("Quote rules");
        UUID invited = Buying.supplier(shop, "INV");
        UUID outsider = Buying.supplier(shop, "OUT");
        String rfqId = Api.post(
                        shop.path("/rfqs"),
                        shop.token(),
                        rfqBody("Furniture", invited).build())
                .expect(201)
                .json()
                .getString("id");
        Api.post(shop.path("/rfqs/" + rfqId + "/send"), shop.token(), null).expect(200);
        java.util.function.Supplier<JsonArrayBuilder> chairs =
                () -> Buying.lines(Buying.line("CHAIR", "12", "140", "23"));

        assertEquals(
                List.of("supplier_id"),
                Api.post(
                                shop.path("/quotes"),
                                shop.token(),
                                quoteBody(rfqId, outsider, chairs.get()).build())
                        .fieldErrors());
        assertEquals(
                List.of("currency"),
                Api.post(
                                shop.path("/quotes"),
                                shop.token(),
                                quoteBody(rfqId, invited, Buying.lines(Buying.line("CHAIR", "12", "140", "23")))
                                        .add("currency", "USD")
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("lines[0].item_code"),
                Api.post(
                                shop.path("/quotes"),
                                shop.token(),
                                quoteBody(rfqId, invited, Buying.lines(Buying.line("SOFA", "1", "900", "23")))
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("lines[0].unit_price"),
                Api.post(
                                shop.path("/quotes"),
                                shop.token(),
                                quoteBody(rfqId, invited, Buying.lines(Buying.line("CHAIR", "12", null, "23")))
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("rfq_id"),
                Api.post(
                                shop.path("/quotes"),
                                shop.token(),
                                quoteBody(
                                                UUID.randomUUID().toString(),
                                                invited,
                                                Buying.lines(Buying.line("CHAIR", "1", "1", "0")))
                                        .build())
                        .fieldErrors());

        JsonObject quote = Api.post(
                        shop.path("/quotes"),
                        shop.token(),
                        quoteBody(rfqId, invited, chairs.get()).build())
                .expect(201)
                .json();
        Api.post(
                        shop.path("/quotes"),
                        shop.token(),
                        quoteBody(rfqId, invited, Buying.lines(Buying.line("CHAIR", "12", "130", "23")))
                                .build())
                .expectProblem(409, "quote-exists");
        JsonObject revised = Api.put(
                        shop.path("/quotes/" + quote.getString("id")),
                        shop.token(),
                        quoteBody(
                                        rfqId,
                                        invited,
                                        Buying.lines(
                                                Buying.line("CHAIR", "12", "135", "23"),
                                                Buying.line("DESK", "6", "410", "23")))
                                .build())
                .expect(200)
                .json();
        assertEquals(2, revised.getJsonArray("lines").size());
        assertEquals(
                1,
                Api.get(shop.path("/quotes?rfq_id=" + rfqId + "&status=received"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        assertEquals(
                0,
                Api.get(shop.path("/quotes?supplier_id=" + outsider), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));

        assertEquals(
                "rejected",
                Api.post(shop.path("/quotes/" + quote.getString("id") + "/reject"), shop.token(), null)
                        .expect(200)
                        .json()
                        .getString("status"));
        Api.post(shop.path("/quotes/" + quote.getString("id") + "/accept"), shop.token(), null)
                .expectProblem(409, "invalid-transition");
        Api.put(
                        shop.path("/quotes/" + quote.getString("id")),
                        shop.token(),
                        quoteBody(rfqId, invited, chairs.get()).build())
                .expectProblem(409, "invalid-transition");
        // An order can only be made from an accepted quote.
        assertEquals(
                List.of("quote_id"),
                Api.post(
                                shop.path("/purchase-orders"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("quote_id", UUID.randomUUID().toString())
                                        .add("cost_center", "IT")
                                        .build())
                        .fieldErrors());
        Api.post(
                        shop.path("/purchase-orders"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("quote_id", quote.getString("id"))
                                .add("cost_center", "IT")
                                .build())
                .expectProblem(409, "invalid-transition");
    }

    @Test
    void anExpiredQuoteCannotBeAccepted() {
        Shop shop = Buying.shop("Quote expiry");
        UUID supplier = Buying.supplier(shop, "EXP");
        String rfqId = Api.post(
                        shop.path("/rfqs"),
                        shop.token(),
                        rfqBody("Old offer", supplier).build())
                .expect(201)
                .json()
                .getString("id");
        Api.post(shop.path("/rfqs/" + rfqId + "/send"), shop.token(), null).expect(200);
        JsonObject quote = Api.post(
                        shop.path("/quotes"),
                        shop.token(),
                        quoteBody(rfqId, supplier, Buying.lines(Buying.line("CHAIR", "12", "140", "23")))
                                .add(
                                        "valid_until",
                                        LocalDate.now(ZoneOffset.UTC)
                                                .minusDays(1)
                                                .toString())
                                .build())
                .expect(201)
                .json();
        assertTrue(quote.getBoolean("expired"));
        JsonObject refused = Api.post(shop.path("/quotes/" + quote.getString("id") + "/accept"), shop.token(), null)
                .expectProblem(409, "quote-expired");
        assertEquals(LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), refused.getString("valid_until"));
        JsonObject comparison = Api.get(shop.path("/rfqs/" + rfqId + "/comparison"), shop.token())
                .expect(200)
                .json();
        assertTrue(
                !comparison.containsKey("lowest_total_quote_id"), "an expired or incomplete quote is never the lowest");
    }
}
