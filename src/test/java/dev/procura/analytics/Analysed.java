package dev.procura.analytics;

import dev.procura.currencies.CurrencyIT;
import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The worked example of the analytics tests, all dated today (UTC, the tenant's zone), tenant
 * currency EUR, USD at 0.9 EUR:
 * <ul>
 *   <li>ACME (metal): order O1, 100 BOLT × 2.00 EUR = 200.00, received in full at once; invoiced at
 *       2.10 (PPV +10.00); rated 5/4/3/5.</li>
 *   <li>BETA (metal, office): order O2, 10 FIT × 30.00 USD = 270.00 EUR, received 4 (+1 rejected), then
 *       6; invoiced at 29.00 USD (PPV −10.00 USD = −9.00 EUR).</li>
 *   <li>GAMMA (office): order O3, 1 DESK × 50.00 EUR, not received; order O4 rejected ("Over
 *       budget"); order O5 submitted and pending; a draft of 1,000.00 that counts nowhere.</li>
 *   <li>RFQ1 (LAP 10, DOCK 10), awarded to ACME at 11,500.00 EUR net; BETA quoted 12,600.00 EUR, GAMMA 12,900.00 EUR, DELTA only LAP (incomplete). RFQ2 awarded to ACME
 *       (1 × 100.00) with no other quote.</li>
 * </ul>
 */
record Analysed(Shop shop, UUID acme, UUID beta, UUID gamma, UUID delta, String rfq1, String rfq2) {

    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    static Analysed example(String name) {
        Shop shop = Buying.shop(name);
        CurrencyIT.addCurrency(shop, "USD");
        CurrencyIT.state(shop, "USD", "EUR", "0.9", "2026-01-01");
        UUID acme = supplier(shop, "ACME", "metal");
        UUID beta = supplier(shop, "BETA", "metal", "office");
        UUID gamma = supplier(shop, "GAMMA", "office");
        UUID delta = supplier(shop, "DELTA", "office");

        String o1 = Buying.sentOrder(shop, acme, Buying.lines(Buying.line("BOLT", "100", "2.00", "10")))
                .getString("id");
        Buying.receive(shop, o1, 1, "100", null);
        Buying.invoice(shop, o1, "A-1", "EUR", Buying.line("BOLT", "100", "2.10", "10"));
        Api.post(
                        shop.path("/suppliers/" + acme + "/rate"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("quality", 5)
                                .add("delivery", 4)
                                .add("price", 3)
                                .add("service", 5)
                                .build())
                .expect(201);

        String o2 = sentOrder(shop, beta, "USD", Buying.line("FIT", "10", "30.00", "0"));
        Buying.receive(shop, o2, 1, "4", "1");
        Buying.receive(shop, o2, 1, "6", null);
        Buying.invoice(shop, o2, "B-1", "USD", Buying.line("FIT", "10", "29.00", "0"));

        Buying.sentOrder(shop, gamma, Buying.lines(Buying.line("DESK", "1", "50.00", "0")));
        String o4 = Buying.order(shop, gamma, Buying.lines(Buying.line("CHAIR", "2", "80.00", "0")))
                .getString("id");
        Api.post(shop.path("/purchase-orders/" + o4 + "/submit"), shop.token(), null)
                .expect(200);
        Api.post(
                        shop.path("/approvals/" + Buying.openApproval(shop, o4).getString("id") + "/reject"),
                        Buying.approver(shop).token(),
                        Json.createObjectBuilder()
                                .add("feedback", "Over budget")
                                .build())
                .expect(200);
        String o5 = Buying.order(shop, gamma, Buying.lines(Buying.line("LAMP", "3", "20.00", "0")))
                .getString("id");
        Api.post(shop.path("/purchase-orders/" + o5 + "/submit"), shop.token(), null)
                .expect(200);
        Buying.order(shop, gamma, Buying.lines(Buying.line("SOFA", "1", "1000.00", "0")));

        String rfq1 = Buying.rfq(
                shop,
                "Laptops",
                Buying.lines(Buying.line("LAP", "10", null, null), Buying.line("DOCK", "10", null, null)),
                acme,
                beta,
                gamma,
                delta);
        Buying.quote(
                shop,
                rfq1,
                beta,
                "EUR",
                Buying.line("LAP", "10", "1100.00", "0"),
                Buying.line("DOCK", "10", "160.00", "0"));
        Buying.quote(
                shop,
                rfq1,
                gamma,
                "EUR",
                Buying.line("LAP", "10", "1150.00", "0"),
                Buying.line("DOCK", "10", "140.00", "0"));
        Buying.quote(shop, rfq1, delta, "EUR", Buying.line("LAP", "10", "900.00", "0"));
        String won = Buying.quote(
                shop,
                rfq1,
                acme,
                "EUR",
                Buying.line("LAP", "10", "1000.00", "0"),
                Buying.line("DOCK", "10", "150.00", "0"));
        Api.post(shop.path("/quotes/" + won + "/accept"), shop.token(), null).expect(200);

        String rfq2 = Buying.rfq(shop, "Chairs", Buying.lines(Buying.line("CHAIR", "1", null, null)), acme);
        String only = Buying.quote(shop, rfq2, acme, "EUR", Buying.line("CHAIR", "1", "100.00", "0"));
        Api.post(shop.path("/quotes/" + only + "/accept"), shop.token(), null).expect(200);
        return new Analysed(shop, acme, beta, gamma, delta, rfq1, rfq2);
    }

    JsonObject get(String endpoint, String query) {
        return Api.get(shop.path("/analytics/" + endpoint + "?from=" + TODAY + "&to=" + TODAY + query), shop.token())
                .expect(200)
                .json();
    }

    private static UUID supplier(Shop shop, String code, String... categories) {
        JsonArrayBuilder cats = Json.createArrayBuilder();
        for (String c : categories) {
            cats.add(c);
        }
        return Buying.id(Api.post(
                        shop.path("/suppliers"),
                        shop.token(),
                        Buying.supplierBody(code).add("categories", cats).build())
                .expect(201)
                .json());
    }

    private static String sentOrder(Shop shop, UUID supplier, String currency, JsonObject line) {
        String id = Api.post(
                        shop.path("/purchase-orders"),
                        shop.token(),
                        Buying.orderBody(supplier, Buying.lines(line))
                                .add("currency", currency)
                                .build())
                .expect(201)
                .json()
                .getString("id");
        Buying.submitAndApprove(shop, id);
        Api.post(shop.path("/purchase-orders/" + id + "/send"), shop.token(), null)
                .expect(200);
        return id;
    }
}
