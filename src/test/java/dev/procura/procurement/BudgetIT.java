package dev.procura.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Topics;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Budgets per cost centre and period, enforced when orders are submitted. */
@MicroShedTest
class BudgetIT {

    /** This month in the tenants' default zone (UTC), as the server dates the test's orders. */
    private static String month() {
        return YearMonth.now(ZoneOffset.UTC).toString();
    }

    private static JsonObject budget(String costCenter, String period, String amount, String currency, String action) {
        return Json.createObjectBuilder()
                .add("cost_center", costCenter)
                .add("period", period)
                .add("amount", new BigDecimal(amount))
                .add("currency", currency)
                .add("action_on_exceed", action)
                .build();
    }

    private static BigDecimal decimal(JsonObject json, String name) {
        return json.getJsonNumber(name).bigDecimalValue();
    }

    private static JsonObject orderFor(Shop shop, UUID supplier, String costCenter, String currency, String price) {
        return Api.post(
                        shop.path("/purchase-orders"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("supplier_id", supplier.toString())
                                .add("currency", currency)
                                .add("cost_center", costCenter)
                                .add("lines", Buying.lines(Buying.line("SRV-1", "1", price, "0")))
                                .build())
                .expect(201)
                .json();
    }

    @Test
    void aStopBudgetRefusesTheOrderThatWouldExceedItWithTheFigures() {
        Shop shop = Buying.shop("Budget stop");
        Buying.costCentre(shop, "OPS");
        UUID supplier = Buying.supplier(shop, "BUDG");
        Api.post(shop.path("/budgets"), shop.token(), budget("OPS", month(), "1000", "EUR", "stop"))
                .expect(201);
        String first = orderFor(shop, supplier, "OPS", "EUR", "700").getString("id");
        assertEquals("approved", Buying.submitAndApprove(shop, first).getString("status"));

        JsonObject status = Api.get(shop.path("/budgets/status?cost_center=OPS&period=" + month()), shop.token())
                .expect(200)
                .json();
        assertEquals(new BigDecimal("700.00"), decimal(status, "committed"));
        assertEquals(new BigDecimal("300.00"), decimal(status, "remaining"));
        assertEquals(new BigDecimal("70.00"), decimal(status, "utilisation_percent"));

        String second = orderFor(shop, supplier, "OPS", "EUR", "300.01").getString("id");
        JsonObject refused = Api.post(shop.path("/purchase-orders/" + second + "/submit"), shop.token(), null)
                .expectProblem(409, "budget-exceeded");
        JsonObject figures = refused.getJsonObject("budget");
        assertEquals(new BigDecimal("300.00"), decimal(figures, "remaining"));
        assertEquals(new BigDecimal("300.01"), decimal(figures, "requested"));
        assertEquals(
                "draft",
                Api.get(shop.path("/purchase-orders/" + second), shop.token())
                        .expect(200)
                        .json()
                        .getString("status"),
                "a refused submit leaves the order as it was");

        // Cancelling the first order frees its commitment; the second now fits.
        Api.post(
                        shop.path("/purchase-orders/" + first + "/cancel"),
                        shop.token(),
                        Json.createObjectBuilder().add("reason", "re-planned").build())
                .expect(200);
        assertEquals("approved", Buying.submitAndApprove(shop, second).getString("status"));
    }

    @Test
    void aWarnBudgetLetsTheOrderThroughAndSaysSo() {
        Shop shop = Buying.shop("Budget warn");
        Buying.costCentre(shop, "MKT");
        UUID supplier = Buying.supplier(shop, "WARN");
        Api.post(
                        shop.path("/budgets"),
                        shop.token(),
                        budget(
                                "MKT",
                                String.valueOf(LocalDate.now(ZoneOffset.UTC).getYear()),
                                "100",
                                "EUR",
                                "warn"))
                .expect(201);
        String id = orderFor(shop, supplier, "MKT", "EUR", "150").getString("id");
        JsonObject submitted = Api.post(shop.path("/purchase-orders/" + id + "/submit"), shop.token(), null)
                .expect(200)
                .json();
        assertEquals("pending_approval", submitted.getString("status"));
        assertEquals("approved", Buying.approve(shop, id).getString("status"));
        JsonObject warning = submitted.getJsonArray("budget_warnings").getJsonObject(0);
        assertEquals("MKT", warning.getString("cost_center"));
        assertEquals(new BigDecimal("150.00"), decimal(warning, "requested"));
        // Checked on submit and again on approval: one warning event each.
        assertEquals(
                2,
                Topics.events(
                                "budget.warning",
                                e -> id.equals(e.getJsonObject("data").getString("purchase_order_id")),
                                Duration.ofSeconds(20))
                        .size());
    }

    @Test
    void anOrderInAnotherCurrencyNeedsARateInTheSettings() {
        Shop shop = Buying.shop("Budget fx");
        Buying.costCentre(shop, "RND");
        UUID supplier = Buying.supplier(shop, "FX");
        Api.post(shop.path("/budgets"), shop.token(), budget("RND", month(), "1000", "EUR", "stop"))
                .expect(201);
        JsonObject refused = Api.post(
                        shop.path("/purchase-orders"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("supplier_id", supplier.toString())
                                .add("currency", "USD")
                                .add("cost_center", "RND")
                                .add("lines", Buying.lines(Buying.line("GPU", "1", "1000", "0")))
                                .build())
                .expectProblem(409, "no-exchange-rate");
        assertTrue(refused.getString("detail").contains("USD/EUR"), refused.getString("detail"));

        Api.put(
                        shop.path("/settings"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add(
                                        "exchange_rates",
                                        Json.createObjectBuilder().add("USD/EUR", new BigDecimal("0.90")))
                                .build())
                .expect(200);
        String id = orderFor(shop, supplier, "RND", "USD", "1000").getString("id");
        Buying.submitAndApprove(shop, id);
        JsonObject status = Api.get(shop.path("/budgets/status?cost_center=RND&period=" + month()), shop.token())
                .expect(200)
                .json();
        assertEquals(new BigDecimal("900.00"), decimal(status, "committed"), "1000 USD at 0.90");
        String over = orderFor(shop, supplier, "RND", "USD", "112").getString("id");
        JsonObject exceeded = Api.post(shop.path("/purchase-orders/" + over + "/submit"), shop.token(), null)
                .expectProblem(409, "budget-exceeded");
        assertEquals(new BigDecimal("100.80"), decimal(exceeded.getJsonObject("budget"), "requested"));
    }

    @Test
    void spentCountsInvoicesAndCommittedOnlyWhatIsNotYetInvoiced() {
        Shop shop = Buying.shop("Budget spent");
        UUID supplier = Buying.supplier(shop, "SPENT");
        Api.post(shop.path("/budgets"), shop.token(), budget("IT", month(), "10000", "EUR", "warn"))
                .expect(201);
        String orderId = Buying.sentOrder(shop, supplier, Buying.lines(Buying.line("MON-27", "10", "200", "0")))
                .getString("id");
        Buying.receive(shop, orderId, 1, "4", null);
        Api.post(
                        shop.path("/invoices"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("purchase_order_id", orderId)
                                .add("supplier_invoice_number", "S-1")
                                .add("currency", "EUR")
                                .add(
                                        "invoice_date",
                                        LocalDate.now(ZoneOffset.UTC).toString())
                                .add("lines", Buying.lines(Buying.line("MON-27", "4", "200", "0")))
                                .build())
                .expect(201);
        JsonObject status = Api.get(shop.path("/budgets/status?cost_center=IT&period=" + month()), shop.token())
                .expect(200)
                .json();
        assertEquals(new BigDecimal("800.00"), decimal(status, "spent"));
        assertEquals(new BigDecimal("1200.00"), decimal(status, "committed"));
        assertEquals(new BigDecimal("8000.00"), decimal(status, "remaining"));
    }

    @Test
    void budgetsAreValidatedListedAndChanged() {
        Shop shop = Buying.shop("Budget crud");
        assertEquals(
                List.of("action_on_exceed", "amount", "currency"),
                Api.post(
                                shop.path("/budgets"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("cost_center", "IT")
                                        .add("period", "2026")
                                        .add("amount", -5)
                                        .add("currency", "eur")
                                        .add("action_on_exceed", "explode")
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("period"),
                Api.post(shop.path("/budgets"), shop.token(), budget("IT", "2026-13", "5", "EUR", "stop"))
                        .fieldErrors());
        assertEquals(
                List.of("currency"),
                Api.post(shop.path("/budgets"), shop.token(), budget("IT", "2026", "5", "ABC", "stop"))
                        .fieldErrors());
        JsonObject created = Api.post(
                        shop.path("/budgets"), shop.token(), budget("IT", "2026-Q4", "5000", "EUR", "stop"))
                .expect(201)
                .json();
        assertEquals(new BigDecimal("5000.00"), decimal(created, "remaining"));
        Api.post(shop.path("/budgets"), shop.token(), budget("IT", "2026-Q4", "1", "EUR", "warn"))
                .expectProblem(409, "budget-exists");
        Api.post(shop.path("/budgets"), shop.token(), budget("IT", "2027", "9", "EUR", "warn"))
                .expect(201);

        JsonObject page = Api.get(shop.path("/budgets?cost_center=IT&year=2026"), shop.token())
                .expect(200)
                .json();
        assertEquals(1, page.getInt("total"));
        JsonObject listed = page.getJsonArray("items").getJsonObject(0);
        assertEquals("2026-10-01", listed.getString("period_start"));
        assertEquals("2026-12-31", listed.getString("period_end"));
        JsonObject changed = Api.put(
                        shop.path("/budgets/" + listed.getString("id")),
                        shop.token(),
                        budget("IT", "2026-Q4", "7500", "EUR", "warn"))
                .expect(200)
                .json();
        assertEquals(new BigDecimal("7500.00"), decimal(changed, "amount"));
        assertEquals(
                "warn",
                Api.get(shop.path("/budgets/" + listed.getString("id")), shop.token())
                        .expect(200)
                        .json()
                        .getString("action_on_exceed"));
        Api.get(shop.path("/budgets/status?cost_center=IT&period=2031"), shop.token())
                .expectProblem(404, "not-found");
        Api.get(shop.path("/budgets/status?period=2026"), shop.token()).expectProblem(400, "validation");
        assertNull(changed.get("requested"));
    }
}
