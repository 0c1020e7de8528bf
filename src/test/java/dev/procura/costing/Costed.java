package dev.procura.costing;

import dev.procura.currencies.CurrencyIT;
import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A shop with a chart of accounts, posting accounts, USD at 0.9 EUR, and an order in USD received in
 * full: 100 BOLT (stock, standard cost 1.80 EUR) × 2.00 and 10 FIT (a service) × 30.00.
 */
record Costed(Shop shop, String orderId, String receiptId) {

    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    static JsonObject accountBody(String code, String name, String type, String parent) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("name", name)
                .add("type", type)
                .add("kind", "postable")
                .add("parent_code", parent)
                .build();
    }

    static JsonObject postingAccountsBody() {
        return Json.createObjectBuilder()
                .add(
                        "accounts",
                        Json.createObjectBuilder()
                                .add("inventory", "1400")
                                .add("expense", "5100")
                                .add("grir_clearing", "2150")
                                .add("payables", "2100")
                                .add("price_variance", "5300")
                                .add("input_tax", "1570")
                                .add("freight", "2160")
                                .add("duty", "2160"))
                .build();
    }

    /** The chart, the accounts and USD, without the posting accounts assigned. */
    static Shop chartedShop(String name) {
        Shop shop = Buying.shop(name);
        Api.post(shop.path("/gl-accounts/default-chart"), shop.token(), null).expect(201);
        Api.post(
                        shop.path("/gl-accounts"),
                        shop.token(),
                        accountBody("2160", "Accrued freight and duty", "liability", "2000"))
                .expect(201);
        CurrencyIT.addCurrency(shop, "USD");
        CurrencyIT.state(shop, "USD", "EUR", "0.9", "2026-01-01");
        Api.post(
                        shop.path("/units"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", "ea")
                                .add("name", "Each")
                                .add("dimension", "count")
                                .add("decimals", 0)
                                .build())
                .expect(201);
        item(shop, "BOLT", "purchased", "1.80");
        item(shop, "FIT", "service", null);
        return shop;
    }

    static void item(Shop shop, String code, String type, String standardCost) {
        var body = Json.createObjectBuilder()
                .add("code", code)
                .add("description", "Item " + code)
                .add("type", type)
                .add("base_unit", "ea");
        if (standardCost != null) {
            body.add(
                    "standard_cost",
                    Json.createObjectBuilder()
                            .add("amount", new BigDecimal(standardCost))
                            .add("currency", "EUR"));
        }
        Api.post(shop.path("/items"), shop.token(), body.build()).expect(201);
    }

    static Costed received(String name, boolean assignAccounts) {
        Shop shop = chartedShop(name);
        if (assignAccounts) {
            Api.put(shop.path("/posting-accounts"), shop.token(), postingAccountsBody())
                    .expect(200);
        }
        UUID supplier =
                Buying.supplier(shop, "S-" + UUID.randomUUID().toString().substring(0, 6));
        JsonArrayBuilder lines =
                Buying.lines(Buying.line("BOLT", "100", "2.00", "10"), Buying.line("FIT", "10", "30.00", "20"));
        String orderId = Api.post(
                        shop.path("/purchase-orders"),
                        shop.token(),
                        Buying.orderBody(supplier, lines).add("currency", "USD").build())
                .expect(201)
                .json()
                .getString("id");
        Buying.submitAndApprove(shop, orderId);
        Api.post(shop.path("/purchase-orders/" + orderId + "/send"), shop.token(), null)
                .expect(200);
        String receiptId = Api.post(
                        shop.path("/purchase-orders/" + orderId + "/receipts"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add(
                                        "lines",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("line", 1)
                                                        .add("accepted_quantity", 100))
                                                .add(Json.createObjectBuilder()
                                                        .add("line", 2)
                                                        .add("accepted_quantity", 10)))
                                .build())
                .expect(201)
                .json()
                .getString("id");
        return new Costed(shop, orderId, receiptId);
    }

    static JsonObject chargeBody(String type, String amount, String currency, String basis) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("amount", new BigDecimal(amount))
                .add("currency", currency)
                .add("basis", basis)
                .build();
    }

    String charge(String type, String amount, String currency, String basis) {
        return Api.post(
                        shop.path("/receipts/" + receiptId + "/charges"),
                        shop.token(),
                        chargeBody(type, amount, currency, basis))
                .expect(201)
                .json()
                .getString("id");
    }
}
