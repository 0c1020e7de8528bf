package dev.procura.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The rollups behind the analytics never answer for a day a change has touched: each figure is
 * read (so its days are rolled up), then a change dated on an earlier day is made, and the next
 * read has the new exact figure at once.
 */
@MicroShedTest
class AnalyticsRollupsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static String daysAgo(int days) {
        return TODAY.minusDays(days).toString();
    }

    private static JsonObject get(Shop shop, String endpoint) {
        return Api.get(
                        shop.path(
                                "/analytics/" + endpoint + "?from=" + daysAgo(40) + "&to=" + TODAY + "&interval=week"),
                        shop.token())
                .expect(200)
                .json();
    }

    private static void assertAmount(String expected, JsonObject json, String field) {
        assertEquals(
                0,
                new BigDecimal(expected).compareTo(json.getJsonNumber(field).bigDecimalValue()),
                () -> field + " in " + json);
    }

    private static String order(Shop shop, UUID supplier, String orderDate, String quantity, String price) {
        return Api.post(
                        shop.path("/purchase-orders"),
                        shop.token(),
                        Buying.orderBody(supplier, Buying.lines(Buying.line("BOLT", quantity, price, "0")))
                                .add("order_date", orderDate)
                                .build())
                .expect(201)
                .json()
                .getString("id");
    }

    private static void send(Shop shop, String order) {
        Api.post(shop.path("/purchase-orders/" + order + "/send"), shop.token(), null)
                .expect(200);
    }

    private static void receive(Shop shop, String order, String receivedOn, String accepted, String rejected) {
        var line = Json.createObjectBuilder().add("line", 1).add("accepted_quantity", new BigDecimal(accepted));
        if (rejected != null) {
            line.add("rejected_quantity", new BigDecimal(rejected)).add("rejection_reason", "damaged");
        }
        Api.post(
                        shop.path("/purchase-orders/" + order + "/receipts"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("received_on", receivedOn)
                                .add("lines", Json.createArrayBuilder().add(line))
                                .build())
                .expect(201);
    }

    private static String invoice(Shop shop, String order, String number, String date, String quantity, String price) {
        return Api.post(
                        shop.path("/invoices"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("purchase_order_id", order)
                                .add("supplier_invoice_number", number)
                                .add("currency", "EUR")
                                .add("invoice_date", date)
                                .add("lines", Buying.lines(Buying.line("BOLT", quantity, price, "0")))
                                .build())
                .expect(201)
                .json()
                .getString("id");
    }

    @Test
    void changesDatedOnEarlierDaysShowInTheNextAnswer() {
        Shop shop = Buying.shop("Rollups");
        UUID acme = Buying.supplier(shop, "ACME");
        String o1 = order(shop, acme, daysAgo(20), "100", "2.00");
        Buying.submitAndApprove(shop, o1);
        send(shop, o1);
        receive(shop, o1, daysAgo(15), "60", null);
        invoice(shop, o1, "A-1", daysAgo(12), "60", "2.10");

        JsonObject before = get(shop, "suppliers");
        assertAmount("200.00", before, "spend");
        assertEquals(1, before.getJsonObject("total").getInt("orders"));
        assertEquals(1, before.getJsonObject("total").getInt("deliveries"));
        assertAmount("6.00", before.getJsonObject("total"), "price_variance");
        assertAmount("6.00", get(shop, "savings").getJsonObject("price_variance"), "total");

        // An order dated 30 days ago is placed today, then cancelled.
        String o2 = order(shop, acme, daysAgo(30), "10", "5.00");
        Buying.submitAndApprove(shop, o2);
        JsonObject placed = get(shop, "suppliers");
        assertAmount("250.00", placed, "spend");
        assertEquals(2, placed.getJsonObject("total").getInt("orders"));
        Api.post(
                        shop.path("/purchase-orders/" + o2 + "/cancel"),
                        shop.token(),
                        Json.createObjectBuilder().build())
                .expect(200);
        assertAmount("200.00", get(shop, "suppliers"), "spend");

        // A receipt dated 14 days ago completes the order; a second invoice dated 11 days ago bills it lower.
        receive(shop, o1, daysAgo(14), "40", null);
        String a2 = invoice(shop, o1, "A-2", daysAgo(11), "40", "1.90");
        JsonObject after = get(shop, "suppliers").getJsonObject("total");
        assertEquals(2, after.getInt("deliveries"));
        assertAmount("50.00", after, "in_full_percent");
        assertAmount("0.00", after, "rejected_percent");
        assertAmount("2.00", after, "price_variance"); // 60 × 0.10 − 40 × 0.10
        JsonObject savings = get(shop, "savings").getJsonObject("price_variance");
        assertAmount("2.00", savings, "total");
        assertEquals(2, savings.getInt("lines"));

        // Cancelling the second invoice takes its variance off its day again.
        Api.post(shop.path("/invoices/" + a2 + "/cancel"), shop.token(), null).expect(200);
        assertAmount("6.00", get(shop, "savings").getJsonObject("price_variance"), "total");
    }

    @Test
    void processingTimesCountAMilestoneReachedAfterTheDayWasRolledUp() {
        Shop shop = Buying.shop("Rollups processing");
        UUID acme = Buying.supplier(shop, "ACME");
        String o1 = order(shop, acme, daysAgo(5), "10", "2.00");
        Buying.submitAndApprove(shop, o1);
        send(shop, o1);
        JsonObject before = stage(get(shop, "processing"), "approved_to_sent");
        assertEquals(1, before.getInt("count"));

        String o2 = order(shop, acme, daysAgo(5), "10", "2.00");
        Buying.submitAndApprove(shop, o2);
        send(shop, o2);
        receive(shop, o2, daysAgo(1), "10", null);
        JsonObject after = get(shop, "processing");
        assertEquals(2, stage(after, "approved_to_sent").getInt("count"));
        assertEquals(1, stage(after, "sent_to_received").getInt("count"));
    }

    private static JsonObject stage(JsonObject processing, String key) {
        return processing.getJsonArray("stages").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("key").equals(key))
                .findFirst()
                .orElseThrow();
    }
}
