package dev.procura.paymentterms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ControlDb;
import dev.procura.support.Tenants;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Payment terms through the API: CRUD, validation, the schedule, and deactivate-instead-of-delete. */
@MicroShedTest
class PaymentTermIT {

    static JsonObjectBuilder termBody(String code, int netDays) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("description", "Net " + netDays)
                .add("net_days", netDays);
    }

    static String createTerm(Shop shop, JsonObject body) {
        return Api.post(shop.path("/payment-terms"), shop.token(), body)
                .expect(201)
                .json()
                .getString("id");
    }

    @Test
    void termsRoundTripAndAreChecked() throws SQLException {
        Shop shop = Buying.shop("Terms CRUD");
        String net30 = createTerm(shop, termBody("NET30", 30).build());
        JsonObject discounted = Api.post(
                        shop.path("/payment-terms"),
                        shop.token(),
                        termBody("2-10-NET30", 30)
                                .add("discount_days", 10)
                                .add("discount_percent", new BigDecimal("2"))
                                .build())
                .expect(201)
                .json();
        assertEquals(10, discounted.getInt("discount_days"));
        assertFalse(discounted.getBoolean("end_of_month"));
        assertTrue(discounted.getBoolean("active"));

        Api.post(
                        shop.path("/payment-terms"),
                        shop.token(),
                        termBody("NET30", 45).build())
                .expectProblem(409, "payment-term-code-taken");
        Api.post(
                        shop.path("/payment-terms"),
                        shop.token(),
                        termBody("BAD", 10)
                                .add("discount_days", 20)
                                .add("discount_percent", 2)
                                .build())
                .expectProblem(400, "validation");
        Api.post(
                        shop.path("/payment-terms"),
                        shop.token(),
                        termBody("HALF", 10).add("discount_percent", 2).build())
                .expectProblem(400, "validation");
        Api.post(shop.path("/payment-terms"), shop.token(), termBody("NEG", -1).build())
                .expectProblem(400, "validation");

        JsonObject page = Api.get(shop.path("/payment-terms?q=2-10&sort=-code"), shop.token())
                .expect(200)
                .json();
        assertEquals(1, page.getInt("total"));
        JsonObject changed = Api.put(
                        shop.path("/payment-terms/" + net30),
                        shop.token(),
                        termBody("NET30", 30)
                                .add("end_of_month", true)
                                .add("active", false)
                                .build())
                .expect(200)
                .json();
        assertTrue(changed.getBoolean("end_of_month"));
        assertEquals(
                1,
                Api.get(shop.path("/payment-terms?active=false"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        Api.delete(shop.path("/payment-terms/" + net30), shop.token()).expect(204);
        Api.get(shop.path("/payment-terms/" + net30), shop.token()).expectProblem(404, "not-found");
        assertEquals(
                List.of(
                        "payment_term.created " + net30,
                        "payment_term.deactivated " + net30,
                        "payment_term.deleted " + net30),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(shop.tenantId()),
                        "SELECT topic || ' ' || message_key FROM outbox WHERE message_key = ? ORDER BY id",
                        net30));
    }

    @Test
    void theScheduleGivesDueDateDiscountDateAndDiscount() {
        Shop shop = Buying.shop("Terms schedule");
        String id = createTerm(
                shop,
                termBody("2-10-NET30", 30)
                        .add("discount_days", 10)
                        .add("discount_percent", new BigDecimal("2"))
                        .build());

        JsonObject eur = Api.get(
                        shop.path("/payment-terms/" + id + "/schedule?invoice_date=2026-03-01&amount=1000"),
                        shop.token())
                .expect(200)
                .json();
        assertEquals("2026-03-31", eur.getString("due_date"));
        assertEquals("2026-03-11", eur.getString("discount_date"));
        assertEquals(
                new BigDecimal("20.00"), eur.getJsonNumber("discount_amount").bigDecimalValue());
        assertEquals(
                new BigDecimal("980.00"), eur.getJsonNumber("discounted_amount").bigDecimalValue());
        assertEquals("EUR", eur.getString("currency"));

        JsonObject yen = Api.get(
                        shop.path(
                                "/payment-terms/" + id + "/schedule?invoice_date=2024-02-15&amount=12345&currency=JPY"),
                        shop.token())
                .expect(200)
                .json();
        assertEquals(new BigDecimal("247"), yen.getJsonNumber("discount_amount").bigDecimalValue());
        assertEquals("2024-03-16", yen.getString("due_date"), "2024 is a leap year");

        String eom =
                createTerm(shop, termBody("EOM30", 30).add("end_of_month", true).build());
        assertEquals(
                "2024-03-30",
                Api.get(
                                shop.path("/payment-terms/" + eom + "/schedule?invoice_date=2024-02-10&amount=10"),
                                shop.token())
                        .expect(200)
                        .json()
                        .getString("due_date"));
        Api.get(shop.path("/payment-terms/" + id + "/schedule?amount=10"), shop.token())
                .expectProblem(400, "validation");
        Api.get(
                        shop.path("/payment-terms/" + id + "/schedule?invoice_date=2026-03-01&amount=10&currency=XYZ"),
                        shop.token())
                .expectProblem(400, "validation");
    }

    @Test
    void aTermCustomersHaveIsDeactivatedNotDeleted() {
        Shop shop = Buying.shop("Terms in use");
        String id = createTerm(shop, termBody("NET60", 60).build());
        Api.post(
                        shop.path("/customers"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", "C-1")
                                .add("legal_name", "One")
                                .add("currency", "EUR")
                                .add("payment_terms", "NET60")
                                .build())
                .expect(201);

        JsonObject refused =
                Api.delete(shop.path("/payment-terms/" + id), shop.token()).expectProblem(409, "payment-term-in-use");
        assertEquals(1, refused.getJsonObject("records").getInt("customers"));
        Api.put(
                        shop.path("/payment-terms/" + id),
                        shop.token(),
                        termBody("NET60", 60).add("active", false).build())
                .expect(200);
        Api.post(
                        shop.path("/customers"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", "C-2")
                                .add("legal_name", "Two")
                                .add("currency", "EUR")
                                .add("payment_terms", "NET60")
                                .build())
                .expectProblem(400, "validation");
    }
}
