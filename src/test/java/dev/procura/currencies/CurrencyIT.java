package dev.procura.currencies;

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
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Currencies and exchange rates through the API: the tenant currency, rates by date, lookup, the settings view. */
@MicroShedTest
public class CurrencyIT {

    public static JsonObject addCurrency(Shop shop, String code) {
        return Api.post(
                        shop.path("/currencies"),
                        shop.token(),
                        Json.createObjectBuilder().add("code", code).build())
                .expect(201)
                .json();
    }

    public static String state(Shop shop, String from, String to, String rate, String validFrom) {
        return Api.post(shop.path("/exchange-rates"), shop.token(), rateBody(from, to, rate, validFrom))
                .expect(201)
                .json()
                .getString("id");
    }

    public static JsonObject rateBody(String from, String to, String rate, String validFrom) {
        return Json.createObjectBuilder()
                .add("from_currency", from)
                .add("to_currency", to)
                .add("rate", new BigDecimal(rate))
                .add("valid_from", validFrom)
                .build();
    }

    private static List<String> codes(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("code"))
                .toList();
    }

    private static JsonObject lookup(Shop shop, String query) {
        return Api.get(shop.path("/exchange-rates/lookup?" + query), shop.token())
                .expect(200)
                .json();
    }

    @Test
    void theTenantCurrencyIsAlwaysThereAndStaysActive() throws SQLException {
        Shop shop = Buying.shop("Currencies home");
        JsonObject page =
                Api.get(shop.path("/currencies"), shop.token()).expect(200).json();
        assertEquals(List.of("EUR"), codes(page));
        assertTrue(page.getJsonArray("items").getJsonObject(0).getBoolean("tenant_currency"));

        JsonObject usd = addCurrency(shop, "USD");
        assertEquals("US Dollar", usd.getString("name"));
        assertEquals(2, usd.getInt("decimals"));
        assertEquals(0, addCurrency(shop, "JPY").getInt("decimals"), "ISO minor units by default");
        Api.post(
                        shop.path("/currencies"),
                        shop.token(),
                        Json.createObjectBuilder().add("code", "USD").build())
                .expectProblem(409, "currency-exists");
        Api.post(
                        shop.path("/currencies"),
                        shop.token(),
                        Json.createObjectBuilder().add("code", "XYZ").build())
                .expectProblem(400, "validation");
        Api.post(
                        shop.path("/currencies"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", "usd")
                                .add("decimals", 9)
                                .build())
                .expectProblem(400, "validation");

        Api.put(
                        shop.path("/currencies/EUR"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", "EUR")
                                .add("active", false)
                                .build())
                .expectProblem(409, "tenant-currency-required");
        JsonObject retired = Api.put(
                        shop.path("/currencies/USD"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", "USD")
                                .add("name", "Dollar")
                                .add("active", false)
                                .build())
                .expect(200)
                .json();
        assertFalse(retired.getBoolean("active"));
        assertEquals(
                List.of("USD"),
                codes(Api.get(shop.path("/currencies?active=false"), shop.token())
                        .expect(200)
                        .json()));
        Api.get(shop.path("/currencies/CHF"), shop.token()).expectProblem(404, "not-found");
        assertEquals(
                List.of("code"),
                Api.put(
                                shop.path("/currencies/USD"),
                                shop.token(),
                                Json.createObjectBuilder().add("code", "JPY").build())
                        .expect(400)
                        .fieldErrors(),
                "the body names the currency of the path");
        assertEquals(
                List.of("currency.created JPY", "currency.created USD", "currency.deactivated USD"),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(shop.tenantId()),
                        "SELECT topic || ' ' || message_key FROM outbox WHERE topic LIKE 'currency.%' ORDER BY 1"));
    }

    @Test
    void ratesApplyFromTheirDateAndAreCheckedOnTheWayIn() {
        Shop shop = Buying.shop("Currencies rates");
        addCurrency(shop, "USD");
        addCurrency(shop, "GBP");
        state(shop, "USD", "EUR", "0.90", "2026-01-01");
        String march = state(shop, "USD", "EUR", "0.95", "2026-03-01");
        state(shop, "GBP", "EUR", "1.2", "2026-01-01");

        JsonObject taken = Api.post(
                        shop.path("/exchange-rates"), shop.token(), rateBody("USD", "EUR", "0.91", "2026-03-01"))
                .expectProblem(409, "exchange-rate-exists");
        assertEquals(march, taken.getString("id"));
        Api.post(shop.path("/exchange-rates"), shop.token(), rateBody("USD", "EUR", "0", "2026-04-01"))
                .expectProblem(400, "validation");
        Api.post(shop.path("/exchange-rates"), shop.token(), rateBody("USD", "USD", "1", "2026-04-01"))
                .expectProblem(400, "validation");
        Api.post(shop.path("/exchange-rates"), shop.token(), rateBody("CHF", "EUR", "1.05", "2026-04-01"))
                .expectProblem(400, "validation");

        JsonObject february = lookup(shop, "from=USD&to=EUR&date=2026-02-15");
        assertEquals(
                0,
                new BigDecimal("0.90").compareTo(february.getJsonNumber("rate").bigDecimalValue()));
        assertEquals("2026-01-01", february.getString("valid_from"));
        assertFalse(february.getBoolean("inverted"));
        assertFalse(february.getBoolean("triangulated"));

        JsonObject gbp = Api.get(shop.path("/exchange-rates?currency=GBP"), shop.token())
                .expect(200)
                .json();
        assertEquals(1, gbp.getInt("total"));
        JsonObject since = Api.get(shop.path("/exchange-rates?valid_from_since=2026-02-01"), shop.token())
                .expect(200)
                .json();
        assertEquals(1, since.getInt("total"));
        assertEquals(march, since.getJsonArray("items").getJsonObject(0).getString("id"));
        Api.get(shop.path("/exchange-rates?valid_from_since=2026-05-01&valid_from_until=2026-01-01"), shop.token())
                .expectProblem(400, "validation");

        Api.delete(shop.path("/exchange-rates/" + march), shop.token()).expect(204);
        assertEquals(
                "2026-01-01",
                lookup(shop, "from=USD&to=EUR&date=2026-03-15").getString("valid_from"),
                "January's rate applies again");
    }

    @Test
    void lookupInvertsAndTriangulatesThroughTheTenantCurrencyAndConvertsOnce() {
        Shop shop = Buying.shop("Currencies lookup");
        addCurrency(shop, "USD");
        addCurrency(shop, "GBP");
        state(shop, "USD", "EUR", "0.95", "2026-01-01");
        state(shop, "GBP", "EUR", "1.2", "2026-03-01");

        JsonObject inverted = lookup(shop, "from=EUR&to=USD&date=2026-03-15&amount=100");
        assertTrue(inverted.getBoolean("inverted"));
        assertEquals(
                new BigDecimal("1.052631578947"), inverted.getJsonNumber("rate").bigDecimalValue());
        assertEquals(
                new BigDecimal("105.26"),
                inverted.getJsonNumber("converted_amount").bigDecimalValue());

        JsonObject triangulated = lookup(shop, "from=USD&to=GBP&date=2026-03-15&amount=100");
        assertTrue(triangulated.getBoolean("triangulated"));
        assertEquals("EUR", triangulated.getString("via"));
        assertEquals("2026-03-01", triangulated.getString("valid_from"), "the later leg's date");
        assertEquals(2, triangulated.getJsonArray("legs").size());
        // 100 × 0.95 / 1.2 = 79.1666… → 79.17
        assertEquals(
                new BigDecimal("79.17"),
                triangulated.getJsonNumber("converted_amount").bigDecimalValue());

        Api.get(shop.path("/exchange-rates/lookup?from=USD&to=GBP&date=2026-02-01"), shop.token())
                .expectProblem(404, "not-found");
        Api.get(shop.path("/exchange-rates/lookup?from=usd&to=GBP"), shop.token())
                .expectProblem(400, "validation");
    }

    @Test
    void theSettingsExchangeRatesAreTodaysRatesAndWritingThemStatesRatesFromToday() {
        Shop shop = Buying.shop("Currencies settings");
        addCurrency(shop, "USD");
        state(shop, "USD", "EUR", "0.90", "2020-01-01");

        JsonObject changed = Api.put(
                        shop.path("/settings"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add(
                                        "exchange_rates",
                                        Json.createObjectBuilder().add("CHF/EUR", new BigDecimal("1.05")))
                                .build())
                .expect(200)
                .json();
        JsonObject shown = changed.getJsonObject("exchange_rates");
        assertEquals(
                0,
                new BigDecimal("1.05").compareTo(shown.getJsonNumber("CHF/EUR").bigDecimalValue()));
        assertEquals(
                0,
                new BigDecimal("0.90").compareTo(shown.getJsonNumber("USD/EUR").bigDecimalValue()));

        JsonObject chf = Api.get(shop.path("/exchange-rates?from_currency=CHF"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), chf.getString("valid_from"));
        assertEquals(
                "Swiss Franc",
                Api.get(shop.path("/currencies/CHF"), shop.token())
                        .expect(200)
                        .json()
                        .getString("name"));
        assertEquals(
                shown,
                Api.get(shop.path("/settings"), shop.token()).expect(200).json().getJsonObject("exchange_rates"));
    }
}
