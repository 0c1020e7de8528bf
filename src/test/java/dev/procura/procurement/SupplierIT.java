package dev.procura.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Supplier master data, ratings, performance and the scorecard gate. */
@MicroShedTest
class SupplierIT {

    private static JsonObject rating(int quality, int delivery, int price, int service, String orderId) {
        var body = Json.createObjectBuilder()
                .add("quality", quality)
                .add("delivery", delivery)
                .add("price", price)
                .add("service", service)
                .add("comment", "as agreed");
        if (orderId != null) {
            body.add("purchase_order_id", orderId);
        }
        return body.build();
    }

    private static List<String> codes(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("code"))
                .toList();
    }

    @Test
    void suppliersAreCreatedValidatedAndUniqueByCode() {
        Shop shop = Buying.shop("Suppliers");
        var created = Api.post(
                        shop.path("/suppliers"),
                        shop.token(),
                        Buying.supplierBody("ACME-1").build())
                .expect(201);
        JsonObject acme = created.json();
        assertEquals(
                shop.path("/suppliers/" + acme.getString("id")),
                java.net.URI.create(created.header("Location").orElseThrow()).getPath());
        assertEquals(
                List.of("it", "office"),
                acme.getJsonArray("categories").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals("Lisboa", acme.getJsonArray("addresses").getJsonObject(0).getString("city"));
        assertEquals("active", acme.getString("status"));

        Api.post(
                        shop.path("/suppliers"),
                        shop.token(),
                        Buying.supplierBody("acme-1").build())
                .expectProblem(409, "supplier-code-taken");
        assertEquals(
                List.of("contacts[0].email", "country", "currency", "legal_name"),
                Api.post(
                                shop.path("/suppliers"),
                                shop.token(),
                                Json.createObjectBuilder(
                                                Buying.supplierBody("BAD").build())
                                        .add("legal_name", "")
                                        .add("currency", "EURO")
                                        .add("country", "Portugal")
                                        .add(
                                                "contacts",
                                                Json.createArrayBuilder()
                                                        .add(Json.createObjectBuilder()
                                                                .add("name", "X")
                                                                .add("email", "not-an-email")))
                                        .build())
                        .fieldErrors()
                        .stream()
                        .sorted()
                        .toList());
        assertEquals(
                List.of("currency"),
                Api.post(
                                shop.path("/suppliers"),
                                shop.token(),
                                Json.createObjectBuilder(
                                                Buying.supplierBody("BAD2").build())
                                        .add("currency", "ZZZ")
                                        .build())
                        .fieldErrors());
        Api.get(shop.path("/suppliers/" + UUID.randomUUID()), shop.token()).expectProblem(404, "not-found");
    }

    @Test
    void theListFiltersSortsAndPages() {
        Shop shop = Buying.shop("Supplier list");
        Buying.supplier(shop, "ALPHA");
        Api.post(
                        shop.path("/suppliers"),
                        shop.token(),
                        Json.createObjectBuilder(Buying.supplierBody("BRAVO").build())
                                .add("country", "DE")
                                .add("categories", Json.createArrayBuilder().add("logistics"))
                                .build())
                .expect(201);
        UUID charlie = Buying.supplier(shop, "CHARLIE");
        Api.delete(shop.path("/suppliers/" + charlie), shop.token()).expect(204);

        assertEquals(
                List.of("ALPHA", "BRAVO", "CHARLIE"),
                codes(Api.get(shop.path("/suppliers"), shop.token()).expect(200).json()));
        assertEquals(
                List.of("CHARLIE", "BRAVO", "ALPHA"),
                codes(Api.get(shop.path("/suppliers?sort=-code"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("BRAVO"),
                codes(Api.get(shop.path("/suppliers?category=logistics"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("BRAVO"),
                codes(Api.get(shop.path("/suppliers?country=DE"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("CHARLIE"),
                codes(Api.get(shop.path("/suppliers?status=inactive"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("ALPHA"),
                codes(Api.get(shop.path("/suppliers?q=alph"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("CHARLIE"),
                codes(Api.get(shop.path("/suppliers?q=charlie%20supplies"), shop.token())
                        .expect(200)
                        .json()));
        JsonObject second = Api.get(shop.path("/suppliers?per_page=2&page=2"), shop.token())
                .expect(200)
                .json();
        assertEquals(List.of("CHARLIE"), codes(second));
        assertEquals(3, second.getInt("total"));
        Api.get(shop.path("/suppliers?sort=tax_id"), shop.token()).expectProblem(400, "validation");
        Api.get(shop.path("/suppliers?min_rating=9"), shop.token()).expectProblem(400, "validation");
    }

    @Test
    void aDeactivatedSupplierKeepsItsHistoryButGetsNoNewBusinessUntilReactivated() {
        Shop shop = Buying.shop("Deactivation");
        UUID supplier = Buying.supplier(shop, "GONE");
        String orderId = Buying.order(shop, supplier, Buying.lines(Buying.line("X", "1", "10", "0")))
                .getString("id");
        Api.delete(shop.path("/suppliers/" + supplier), shop.token()).expect(204);
        assertEquals(
                "inactive",
                Api.get(shop.path("/suppliers/" + supplier), shop.token())
                        .expect(200)
                        .json()
                        .getString("status"));
        assertEquals(
                supplier.toString(),
                Api.get(shop.path("/purchase-orders/" + orderId), shop.token())
                        .expect(200)
                        .json()
                        .getString("supplier_id"));
        Api.post(
                        shop.path("/purchase-orders"),
                        shop.token(),
                        Buying.orderBody(supplier, Buying.lines(Buying.line("X", "1", "10", "0")))
                                .build())
                .expectProblem(409, "supplier-inactive");
        Api.post(shop.path("/purchase-orders/" + orderId + "/submit"), shop.token(), null)
                .expectProblem(409, "supplier-inactive");
        Api.post(
                        shop.path("/rfqs"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("title", "t")
                                .add("currency", "EUR")
                                .add(
                                        "due_date",
                                        LocalDate.now(ZoneOffset.UTC)
                                                .plusDays(3)
                                                .toString())
                                .add("supplier_ids", Json.createArrayBuilder().add(supplier.toString()))
                                .add("lines", Buying.lines(Buying.line("X", "1", null, null)))
                                .build())
                .expectProblem(409, "supplier-inactive");

        JsonObject back = Api.put(
                        shop.path("/suppliers/" + supplier),
                        shop.token(),
                        Json.createObjectBuilder(Buying.supplierBody("GONE").build())
                                .add("status", "active")
                                .add("notes", "back in business")
                                .build())
                .expect(200)
                .json();
        assertEquals("active", back.getString("status"));
        assertEquals("back in business", back.getString("notes"));
        assertEquals(
                "pending_approval",
                Api.post(shop.path("/purchase-orders/" + orderId + "/submit"), shop.token(), null)
                        .expect(200)
                        .json()
                        .getString("status"));
    }

    @Test
    void ratingsAreOncePerUserPerOrderAndFeedTheScorecard() {
        Shop shop = Buying.shop("Ratings");
        UUID supplier = Buying.supplier(shop, "RATED");
        String orderId = Buying.sentOrder(shop, supplier, Buying.lines(Buying.line("BOLT", "100", "0.25", "23")))
                .getString("id");
        var rated = Api.post(shop.path("/suppliers/" + supplier + "/rate"), shop.token(), rating(5, 4, 3, 4, orderId))
                .expect(201)
                .json();
        assertEquals(orderId, rated.getString("purchase_order_id"));
        Api.post(shop.path("/suppliers/" + supplier + "/rate"), shop.token(), rating(1, 1, 1, 1, orderId))
                .expectProblem(409, "already-rated");
        assertEquals(
                List.of("quality", "service"),
                Api.post(
                                shop.path("/suppliers/" + supplier + "/rate"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("quality", 6)
                                        .add("delivery", 3)
                                        .add("price", 3)
                                        .build())
                        .fieldErrors());
        UUID other = Buying.supplier(shop, "OTHER");
        assertEquals(
                List.of("purchase_order_id"),
                Api.post(shop.path("/suppliers/" + other + "/rate"), shop.token(), rating(3, 3, 3, 3, orderId))
                        .fieldErrors());
        JsonObject supplierNow = Api.get(shop.path("/suppliers/" + supplier), shop.token())
                .expect(200)
                .json();
        assertEquals(new BigDecimal("4.00"), supplierNow.getJsonNumber("rating").bigDecimalValue());
        assertEquals(
                List.of("RATED"),
                codes(Api.get(shop.path("/suppliers?min_rating=3.5"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                1,
                Api.get(shop.path("/suppliers/" + supplier + "/ratings"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));

        // Delivered late (promised a week from now, so make it late by promising yesterday on a new order).
        Buying.receive(shop, orderId, 1, "90", "10");
        JsonObject performance = Api.get(shop.path("/suppliers/" + supplier + "/performance"), shop.token())
                .expect(200)
                .json();
        assertEquals(1, performance.getJsonObject("ratings").getInt("count"));
        assertEquals(
                new BigDecimal("10.00"),
                performance
                        .getJsonObject("quantities")
                        .getJsonNumber("rejected_percent")
                        .bigDecimalValue());
        assertEquals(
                new BigDecimal("100.00"),
                performance
                        .getJsonObject("deliveries")
                        .getJsonNumber("on_time_percent")
                        .bigDecimalValue());
        JsonObject scorecard = performance.getJsonObject("scorecard");
        // quality: mean(100, 90) = 95; delivery: mean(75, 100) = 87.5; price 50; service 75 → (95+87.5+50+75)/4 = 76.88
        assertEquals(new BigDecimal("76.88"), scorecard.getJsonNumber("score").bigDecimalValue());
        assertEquals("average", scorecard.getString("standing"));
        assertEquals(1, performance.getInt("orders"));
    }

    @Test
    void aStandingThatBlocksRefusesNewOrdersAndRfqs() {
        Shop shop = Buying.shop("Standings");
        UUID poor = Buying.supplier(shop, "POOR");
        Api.put(
                        shop.path("/settings"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add(
                                        "standings",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("name", "poor")
                                                        .add("min_score", 0)
                                                        .add("action", "block"))
                                                .add(Json.createObjectBuilder()
                                                        .add("name", "fair")
                                                        .add("min_score", 30)
                                                        .add("action", "warn"))
                                                .add(Json.createObjectBuilder()
                                                        .add("name", "good")
                                                        .add("min_score", 80)
                                                        .add("action", "none")))
                                .build())
                .expect(200);
        UUID unrated = Buying.supplier(shop, "NEW");
        assertNull(
                Api.post(
                                shop.path("/purchase-orders"),
                                shop.token(),
                                Buying.orderBody(unrated, Buying.lines(Buying.line("X", "1", "1", "0")))
                                        .build())
                        .expect(201)
                        .json()
                        .get("warnings"),
                "an unrated supplier is neither warned about nor blocked");

        Api.post(shop.path("/suppliers/" + poor + "/rate"), shop.token(), rating(1, 1, 2, 1, null))
                .expect(201);
        JsonObject blocked = Api.post(
                        shop.path("/purchase-orders"),
                        shop.token(),
                        Buying.orderBody(poor, Buying.lines(Buying.line("X", "1", "1", "0")))
                                .build())
                .expectProblem(409, "supplier-blocked");
        assertEquals("poor", blocked.getJsonObject("scorecard").getString("standing"));

        UUID fair = Buying.supplier(shop, "FAIR");
        Api.post(shop.path("/suppliers/" + fair + "/rate"), shop.token(), rating(3, 3, 3, 3, null))
                .expect(201);
        JsonObject warned = Api.post(
                        shop.path("/purchase-orders"),
                        shop.token(),
                        Buying.orderBody(fair, Buying.lines(Buying.line("X", "1", "1", "0")))
                                .build())
                .expect(201)
                .json();
        assertTrue(warned.getJsonArray("warnings").getString(0).contains("fair"), warned.toString());

        assertEquals(
                List.of("standings[1].min_score"),
                Api.put(
                                shop.path("/settings"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add(
                                                "standings",
                                                Json.createArrayBuilder()
                                                        .add(Json.createObjectBuilder()
                                                                .add("name", "a")
                                                                .add("min_score", 0)
                                                                .add("action", "none"))
                                                        .add(Json.createObjectBuilder()
                                                                .add("name", "b")
                                                                .add("min_score", 0)
                                                                .add("action", "none")))
                                        .build())
                        .fieldErrors());
    }
}
