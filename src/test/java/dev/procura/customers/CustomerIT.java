package dev.procura.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ControlDb;
import dev.procura.support.Conversions;
import dev.procura.support.Tenants;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Customers through the API: CRUD, rules on currency and terms, filters, custom fields, events, CSV export. */
@MicroShedTest
class CustomerIT {

    static JsonObjectBuilder customerBody(String code, String name) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("legal_name", name)
                .add("tax_id", "DE" + Math.abs(code.hashCode()))
                .add("currency", "EUR")
                .add(
                        "addresses",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "billing")
                                        .add("line1", "Hafenstrasse 12")
                                        .add("city", "Hamburg")
                                        .add("postal_code", "20457")
                                        .add("country", "DE"))
                                .add(Json.createObjectBuilder()
                                        .add("type", "shipping")
                                        .add("line1", "Lagerweg 3")
                                        .add("city", "Bremen")
                                        .add("country", "DE")))
                .add(
                        "contacts",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", "Jana Vogel")
                                        .add("email", "jana@nordwind.example")
                                        .add("role", "accounts payable")));
    }

    static String createCustomer(Shop shop, String code) {
        return Api.post(
                        shop.path("/customers"),
                        shop.token(),
                        customerBody(code, "Customer " + code).build())
                .expect(201)
                .json()
                .getString("id");
    }

    private static Set<String> fieldErrors(Shop shop, JsonObject body) {
        return Api.post(shop.path("/customers"), shop.token(), body)
                .expectProblem(400, "validation")
                .getJsonArray("errors")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(e -> e.getString("field"))
                .collect(Collectors.toSet());
    }

    private static List<String> codes(Shop shop, String query) {
        return Api.get(shop.path("/customers" + query), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(c -> c.getString("code"))
                .toList();
    }

    @Test
    void aCustomerRoundTripsWithTermsCreditLimitAndCustomFields() {
        Shop shop = Buying.shop("Customers CRUD");
        Api.post(
                        shop.path("/payment-terms"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", "NET30")
                                .add("description", "Net 30")
                                .add("net_days", 30)
                                .build())
                .expect(201);
        Api.post(
                        shop.path("/custom-fields"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("entity_type", "customer")
                                .add("key", "segment")
                                .add("label", "Segment")
                                .add("type", "text")
                                .build())
                .expect(201);
        var created = Api.post(
                        shop.path("/customers"),
                        shop.token(),
                        customerBody("C-1001", "Nordwind Retail GmbH")
                                .add("payment_terms", "NET30")
                                .add(
                                        "credit_limit",
                                        Json.createObjectBuilder()
                                                .add("amount", new BigDecimal("50000.00"))
                                                .add("currency", "EUR"))
                                .add("custom_fields", Json.createObjectBuilder().add("segment", "retail"))
                                .build())
                .expect(201);
        JsonObject customer = created.json();
        String id = customer.getString("id");
        assertEquals("NET30", customer.getString("payment_terms"));
        assertEquals("active", customer.getString("status"));
        assertEquals("retail", customer.getJsonObject("custom_fields").getString("segment"));
        assertEquals(2, customer.getJsonArray("addresses").size());
        assertEquals(
                0,
                new BigDecimal("50000")
                        .compareTo(customer.getJsonObject("credit_limit")
                                .getJsonNumber("amount")
                                .bigDecimalValue()));

        JsonObject read =
                Api.get(shop.path("/customers/" + id), shop.token()).expect(200).json();
        assertEquals(
                "Jana Vogel", read.getJsonArray("contacts").getJsonObject(0).getString("name"));
        createCustomer(shop, "C-1002");
        JsonObject held = Api.put(
                        shop.path("/customers/" + id),
                        shop.token(),
                        customerBody("C-1001", "Nordwind Retail GmbH")
                                .add("status", "on_hold")
                                .build())
                .expect(200)
                .json();
        assertEquals("on_hold", held.getString("status"));
        assertEquals("retail", held.getJsonObject("custom_fields").getString("segment"), "kept when not given");

        assertEquals(List.of("C-1001"), codes(shop, "?q=nordwind"));
        assertEquals(List.of("C-1001"), codes(shop, "?status=on_hold"));
        assertEquals(List.of("C-1002", "C-1001"), codes(shop, "?currency=EUR&sort=-code"));
        assertEquals(List.of("C-1001"), codes(shop, "?cf.segment=retail"));
        Api.get(shop.path("/customers?cf.nope=1"), shop.token()).expectProblem(400, "validation");
        Api.get(shop.path("/customers?sort=nope"), shop.token()).expectProblem(400, "validation");
    }

    @Test
    void currencyTermsCodesAndAddressesAreChecked() {
        Shop shop = Buying.shop("Customers rules");
        createCustomer(shop, "ACME");
        Api.post(
                        shop.path("/customers"),
                        shop.token(),
                        customerBody("acme", "Other").build())
                .expectProblem(409, "customer-code-taken");
        assertEquals(
                Set.of("currency"),
                fieldErrors(
                        shop,
                        customerBody("C-USD", "Dollar").add("currency", "USD").build()));
        assertEquals(
                Set.of("payment_terms"),
                fieldErrors(
                        shop,
                        customerBody("C-T", "Terms")
                                .add("payment_terms", "NOPE")
                                .build()));
        assertEquals(
                Set.of("status"),
                fieldErrors(
                        shop,
                        customerBody("C-S", "Status").add("status", "frozen").build()));
        assertEquals(
                Set.of("addresses[0].country"),
                fieldErrors(
                        shop,
                        customerBody("C-A", "Address")
                                .add(
                                        "addresses",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("type", "billing")
                                                        .add("line1", "x")
                                                        .add("city", "y")
                                                        .add("country", "XX")))
                                .build()));
        assertEquals(
                Set.of("credit_limit.currency"),
                fieldErrors(
                        shop,
                        customerBody("C-L", "Limit")
                                .add(
                                        "credit_limit",
                                        Json.createObjectBuilder()
                                                .add("amount", 10)
                                                .add("currency", "GBP"))
                                .build()));
        assertTrue(fieldErrors(
                        shop,
                        Json.createObjectBuilder().add("code", "has space").build())
                .containsAll(Set.of("code", "legal_name", "currency")));
    }

    @Test
    void everyChangeIsAnEventAndAnUnreferencedCustomerIsDeleted() throws Exception {
        Shop shop = Buying.shop("Customers events");
        String id = createCustomer(shop, "EVT");
        Api.put(
                        shop.path("/customers/" + id),
                        shop.token(),
                        customerBody("EVT", "Renamed").build())
                .expect(200);
        Api.put(
                        shop.path("/customers/" + id),
                        shop.token(),
                        customerBody("EVT", "Renamed").add("status", "inactive").build())
                .expect(200);
        Api.delete(shop.path("/customers/" + id), shop.token()).expect(204);
        Api.get(shop.path("/customers/" + id), shop.token()).expectProblem(404, "not-found");

        assertEquals(
                List.of(
                        "customer.created " + id,
                        "customer.changed " + id,
                        "customer.deactivated " + id,
                        "customer.deleted " + id),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(shop.tenantId()),
                        "SELECT topic || ' ' || message_key FROM outbox WHERE topic LIKE 'customer.%' ORDER BY id"));
    }

    @Test
    void customersConvertToCsv() throws Exception {
        Shop shop = Buying.shop("Customers CSV");
        String id = Api.post(
                        shop.path("/customers"),
                        shop.token(),
                        customerBody("NORD", "Nordwind Retail GmbH")
                                .add(
                                        "credit_limit",
                                        Json.createObjectBuilder()
                                                .add("amount", 2500)
                                                .add("currency", "EUR"))
                                .build())
                .expect(201)
                .json()
                .getString("id");
        String templateId = Api.post(
                        shop.path("/templates"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("name", "Customers")
                                .add("source_type", "customer")
                                .add("format", "csv")
                                .add(
                                        "columns",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder().add("field", "code"))
                                                .add(Json.createObjectBuilder().add("field", "legal_name"))
                                                .add(Json.createObjectBuilder().add("field", "billing_address"))
                                                .add(Json.createObjectBuilder().add("field", "credit_limit_amount"))
                                                .add(Json.createObjectBuilder().add("field", "status")))
                                .build())
                .expect(201)
                .json()
                .getString("id");

        JsonObject done = Conversions.run(shop, shop.token(), Conversions.byIds(templateId, "customer", List.of(id)));
        assertEquals("completed", done.getString("status"), done.toString());
        String csv = new String(Conversions.file(shop, shop.token(), done.getString("id")), StandardCharsets.UTF_8);
        List<String> rows = csv.strip().lines().toList();
        assertEquals(2, rows.size(), csv);
        assertTrue(rows.get(1).startsWith("NORD,Nordwind Retail GmbH,"), rows.get(1));
        assertTrue(rows.get(1).contains("Hafenstrasse 12, 20457, Hamburg, DE"), rows.get(1));
        assertTrue(rows.get(1).contains("2500"), rows.get(1));
        assertTrue(rows.get(1).endsWith("active"), rows.get(1));
    }
}
