package dev.procura.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A settings change: the keys given replace the current values, and every mistake is reported at once. */
class SettingsDocumentTest {

    private static final TenantSettings DEFAULTS = TenantSettings.defaults();

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text.replace('\'', '"')))) {
            return reader.readObject();
        }
    }

    private static TenantSettings apply(String change) {
        return SettingsDocument.apply(DEFAULTS, json(change));
    }

    /** The field errors of a refused change, field → message. */
    private static Map<String, String> refusal(String change) {
        Failure.InvalidInput refused = assertThrows(Failure.InvalidInput.class, () -> apply(change));
        return refused.errors().stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + " | " + b));
    }

    @Test
    void taxRoundingIsLineUnlessSetToDocument() {
        assertEquals("line", DEFAULTS.taxRounding());
        assertEquals("document", apply("{'tax_rounding': 'document'}").taxRounding());
        assertEquals(
                "must be line or document",
                refusal("{'tax_rounding': 'invoice'}").get("tax_rounding"));
        assertEquals("must be a string", refusal("{'tax_rounding': 1}").get("tax_rounding"));
    }

    @Test
    void anEmptyChangeKeepsEverySetting() {
        assertEquals(DEFAULTS, apply("{}"));
    }

    @Test
    void theKeysGivenReplaceTheirValuesAndTheOthersStay() {
        TenantSettings changed = apply("{'time_zone': 'Europe/Lisbon', 'currency': 'USD',"
                + " 'numbering': {'rfq_prefix': 'R-2026-'}, 'scorecard_weights': {'quality': 40, 'price': 10},"
                + " 'match_tolerance_percent': 2.5, 'approval_second_level_amount': 25000}");

        assertEquals("Europe/Lisbon", changed.timeZone());
        assertEquals("USD", changed.currency());
        assertEquals(new TenantSettings.Numbering("PO-", "R-2026-", "Q-", "INV-"), changed.numbering());
        assertEquals(new TenantSettings.ScorecardWeights(40, 25, 10, 25), changed.scorecardWeights());
        assertEquals(new BigDecimal("2.5"), changed.matchTolerancePercent());
        assertEquals(new BigDecimal("25000"), changed.approvalSecondLevelAmount());
        assertSame(DEFAULTS.standings(), changed.standings());
        assertSame(DEFAULTS.exchangeRates(), changed.exchangeRates());
    }

    @Test
    void standingsAndExchangeRatesAreReplacedAsAWhole() {
        TenantSettings changed = apply("{'standings': [{'name': 'risky', 'min_score': 0, 'action': 'block'},"
                + " {'name': 'trusted', 'min_score': 60, 'action': 'none'}],"
                + " 'exchange_rates': {'USD/EUR': 0.92, 'GBP/EUR': 1.17}}");

        assertEquals(
                List.of(
                        new TenantSettings.Standing("risky", 0, "block"),
                        new TenantSettings.Standing("trusted", 60, "none")),
                changed.standings());
        assertEquals(
                List.of("GBP/EUR", "USD/EUR"),
                List.copyOf(changed.exchangeRates().keySet()),
                "sorted by key");
        assertEquals(new BigDecimal("0.92"), changed.exchangeRates().get("USD/EUR"));
    }

    @Test
    void unknownKeysAtEveryLevelAreNamedWithTheirPath() {
        Map<String, String> errors = refusal("{'colour': 'blue', 'numbering': {'order_prefix': 'O-'},"
                + " 'scorecard_weights': {'speed': 0}, 'standings': [{'name': 'a', 'min_score': 0, 'action': 'none',"
                + " 'note': 'x'}]}");

        assertEquals("is not a known setting", errors.get("colour"));
        assertEquals("is not a known setting", errors.get("numbering.order_prefix"));
        assertEquals("is not a known setting", errors.get("scorecard_weights.speed"));
        assertEquals("is not a known setting", errors.get("standings[0].note"));
    }

    @Test
    void everyBadValueIsReportedAtOnceSortedByFieldAndNothingIsApplied() {
        Failure.InvalidInput refused = assertThrows(
                Failure.InvalidInput.class,
                () -> apply("{'time_zone': 'Mars/Olympus', 'currency': 'EURO', 'match_tolerance_percent': 51,"
                        + " 'approval_second_level_amount': -1, 'numbering': {'purchase_order_prefix': 'po_'}}"));

        assertEquals(
                List.of(
                        "approval_second_level_amount",
                        "currency",
                        "match_tolerance_percent",
                        "numbering.purchase_order_prefix",
                        "time_zone"),
                refused.errors().stream().map(FieldError::field).toList());
        Map<String, String> errors =
                refused.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message));
        assertEquals("is not a known time zone (e.g. Europe/Lisbon)", errors.get("time_zone"));
        assertEquals("is not an ISO 4217 currency code", errors.get("currency"));
        assertEquals("must be between 0 and 50", errors.get("match_tolerance_percent"));
        assertEquals("must be at least 0", errors.get("approval_second_level_amount"));
        assertEquals("must be 1-10 of A-Z, 0-9 and -", errors.get("numbering.purchase_order_prefix"));
        assertEquals("5 fields are invalid", refused.getMessage());
    }

    @Test
    void aThreeLetterCodeThatIsNoCurrencyIsRefused() {
        assertEquals(
                "is not an ISO 4217 currency code",
                refusal("{'currency': 'ABC'}").get("currency"));
    }

    @Test
    void valuesOfTheWrongJsonTypeAreRefused() {
        Map<String, String> errors = refusal("{'time_zone': 3, 'match_tolerance_percent': '2',"
                + " 'numbering': 'PO-', 'scorecard_weights': [25, 25, 25, 25]}");

        assertEquals("must be a string", errors.get("time_zone"));
        assertEquals("must be a number", errors.get("match_tolerance_percent"));
        assertEquals("must be an object", errors.get("numbering"));
        assertEquals("must be an object", errors.get("scorecard_weights"));
    }

    @Test
    void scorecardWeightsMustBeWholeNumbersThatSumToOneHundred() {
        assertEquals(
                "must sum to 100 (they sum to 110)",
                refusal("{'scorecard_weights': {'quality': 35}}").get("scorecard_weights"));
        Map<String, String> fractional = refusal("{'scorecard_weights': {'quality': 24.5, 'delivery': 25.5}}");
        assertEquals("must be a whole number", fractional.get("scorecard_weights.quality"));
        assertEquals("must be a whole number", fractional.get("scorecard_weights.delivery"));
        assertEquals(
                "must be between 0 and 100",
                refusal("{'scorecard_weights': {'quality': 101, 'delivery': -51}}")
                        .get("scorecard_weights.quality"));
    }

    @Test
    void aWholeNumberWrittenWithDecimalsIsAWeight() {
        assertEquals(
                new TenantSettings.ScorecardWeights(25, 25, 25, 25),
                apply("{'scorecard_weights': {'quality': 25.00}}").scorecardWeights());
    }

    @Test
    void standingsMustBeANonEmptyArrayOfAtMostTen() {
        assertEquals(
                "must be an array of 1 to 10 standings",
                refusal("{'standings': []}").get("standings"));
        assertEquals(
                "must be an array of 1 to 10 standings",
                refusal("{'standings': {}}").get("standings"));
        String eleven = "{'standings': ["
                + java.util.stream.IntStream.range(0, 11)
                        .mapToObj(i -> "{'name': 's" + i + "', 'min_score': " + i + ", 'action': 'none'}")
                        .collect(Collectors.joining(","))
                + "]}";
        assertEquals("must be an array of 1 to 10 standings", refusal(eleven).get("standings"));
    }

    @Test
    void eachStandingNeedsAValidNameScoreAndAction() {
        Map<String, String> errors = refusal("{'standings': ['poor', {'name': 'Bad Name', 'min_score': 0,"
                + " 'action': 'shout'}, {'min_score': 10, 'action': 'none'}]}");

        assertEquals("must be an object", errors.get("standings[0]"));
        assertEquals("must be 1-30 of a-z, 0-9 and _, starting with a letter", errors.get("standings[1].name"));
        assertEquals("must be one of none, warn, block", errors.get("standings[1].action"));
        assertEquals("needs name, min_score and action", errors.get("standings[2]"));
    }

    @Test
    void standingsStartAtZeroAndRiseWithUniqueNames() {
        Map<String, String> errors = refusal("{'standings': [{'name': 'low', 'min_score': 10, 'action': 'warn'},"
                + " {'name': 'mid', 'min_score': 10, 'action': 'none'},"
                + " {'name': 'mid', 'min_score': 50, 'action': 'none'},"
                + " {'name': 'top', 'min_score': 101, 'action': 'none'}]}");

        assertEquals("must be 0 for the first standing", errors.get("standings[0].min_score"));
        assertEquals("must be above the previous standing's", errors.get("standings[1].min_score"));
        assertEquals("is used by another standing", errors.get("standings[2].name"));
        assertEquals("must be between 0 and 100", errors.get("standings[3].min_score"));
    }

    @Test
    void exchangeRatesNeedTwoDifferentCurrenciesAndAPositiveRate() {
        Map<String, String> errors = refusal(
                "{'exchange_rates': {'usd/eur': 1, 'EUR/EUR': 1, 'XYZ/EUR': 1," + " 'USD/EUR': 0, 'GBP/EUR': 'high'}}");

        String naming = "must be named FROM/TO with two different ISO 4217 codes";
        assertEquals(naming, errors.get("exchange_rates.usd/eur"));
        assertEquals(naming, errors.get("exchange_rates.EUR/EUR"));
        assertEquals(naming, errors.get("exchange_rates.XYZ/EUR"));
        assertEquals("must be at least 0.000001", errors.get("exchange_rates.USD/EUR"));
        assertEquals("must be a number", errors.get("exchange_rates.GBP/EUR"));
        assertEquals(
                "must be an object of \"FROM/TO\": rate",
                refusal("{'exchange_rates': ['USD/EUR']}").get("exchange_rates"));
    }

    @Test
    void oneBadFieldIsCountedInTheDetail() {
        Failure.InvalidInput refused = assertThrows(Failure.InvalidInput.class, () -> apply("{'currency': 'euro'}"));

        assertEquals(List.of(new FieldError("currency", "is not an ISO 4217 currency code")), refused.errors());
        assertTrue(refused.getMessage().startsWith("1 field"), refused.getMessage());
    }
}
