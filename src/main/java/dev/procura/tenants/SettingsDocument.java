package dev.procura.tenants;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Applies a settings change (a JSON object of the keys to change) to the current settings.
 * Unknown keys and bad values are all reported at once as field errors; nothing is applied then.
 */
final class SettingsDocument {

    private static final Pattern PREFIX = Pattern.compile("[A-Z0-9-]{1,10}");
    private static final Set<String> TOP = Set.of(
            "time_zone",
            "currency",
            "numbering",
            "scorecard_weights",
            "match_tolerance_percent",
            "approval_second_level_amount",
            "standings",
            "exchange_rates",
            "audit_retention_years",
            "audit_legal_hold",
            "tax_rounding");
    private static final Pattern STANDING_NAME = Pattern.compile("[a-z][a-z0-9_]{0,29}");
    private static final Pattern RATE_KEY = Pattern.compile("([A-Z]{3})/([A-Z]{3})");
    private static final Set<String> NUMBERING =
            Set.of("purchase_order_prefix", "rfq_prefix", "quote_prefix", "invoice_prefix");
    private static final Set<String> WEIGHTS = Set.of("quality", "delivery", "price", "service");

    private final List<FieldError> errors = new ArrayList<>();

    private SettingsDocument() {}

    static TenantSettings apply(TenantSettings current, JsonObject change) {
        return new SettingsDocument().merge(current, change);
    }

    private TenantSettings merge(TenantSettings current, JsonObject change) {
        unknownKeys(change, TOP, "");
        String timeZone = string(change, "time_zone", current.timeZone(), this::checkZone);
        String currency = string(change, "currency", current.currency(), this::checkCurrency);
        TenantSettings.Numbering numbering = numbering(current.numbering(), object(change, "numbering"));
        TenantSettings.ScorecardWeights weights =
                weights(current.scorecardWeights(), object(change, "scorecard_weights"));
        BigDecimal tolerance = decimal(
                change,
                "match_tolerance_percent",
                current.matchTolerancePercent(),
                BigDecimal.ZERO,
                new BigDecimal("50"));
        BigDecimal secondLevel = decimal(
                change, "approval_second_level_amount", current.approvalSecondLevelAmount(), BigDecimal.ZERO, null);
        List<TenantSettings.Standing> standings =
                change.containsKey("standings") ? standings(change.get("standings")) : current.standings();
        Map<String, BigDecimal> rates =
                change.containsKey("exchange_rates") ? rates(change.get("exchange_rates")) : current.exchangeRates();
        Integer retention = current.auditRetentionYears();
        if (change.containsKey("audit_retention_years")) {
            JsonValue years = change.get("audit_retention_years");
            if (years instanceof jakarta.json.JsonNumber number
                    && number.isIntegral()
                    && number.longValue() >= 1
                    && number.longValue() <= 100) {
                retention = number.intValue();
            } else {
                errors.add(new FieldError("audit_retention_years", "must be a whole number of years from 1 to 100"));
            }
        }
        Boolean legalHold = current.auditLegalHold();
        if (change.containsKey("audit_legal_hold")) {
            JsonValue hold = change.get("audit_legal_hold");
            if (hold == JsonValue.TRUE || hold == JsonValue.FALSE) {
                legalHold = hold == JsonValue.TRUE;
            } else {
                errors.add(new FieldError("audit_legal_hold", "must be true or false"));
            }
        }
        String taxRounding = string(
                change,
                "tax_rounding",
                current.taxRounding(),
                v -> Set.of("line", "document").contains(v) ? null : "must be line or document");
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(FieldError::field));
            throw new Failure.InvalidInput(errors);
        }
        return new TenantSettings(
                timeZone,
                currency,
                numbering,
                weights,
                tolerance,
                secondLevel,
                standings,
                rates,
                retention,
                legalHold,
                taxRounding);
    }

    private List<TenantSettings.Standing> standings(JsonValue value) {
        if (!(value instanceof JsonArray array) || array.isEmpty() || array.size() > 10) {
            errors.add(new FieldError("standings", "must be an array of 1 to 10 standings"));
            return List.of();
        }
        List<TenantSettings.Standing> standings = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "standings[" + i + "].";
            if (!(array.get(i) instanceof JsonObject standing)) {
                errors.add(new FieldError("standings[" + i + "]", "must be an object"));
                continue;
            }
            unknownKeys(standing, Set.of("name", "min_score", "action"), at);
            String name = string(
                    standing,
                    "name",
                    null,
                    v -> STANDING_NAME.matcher(v).matches()
                            ? null
                            : "must be 1-30 of a-z, 0-9 and _, starting with a letter",
                    at);
            int minScore = decimal(
                            standing, "min_score", BigDecimal.valueOf(-1), BigDecimal.ZERO, BigDecimal.valueOf(100), at)
                    .intValue();
            String action = string(
                    standing,
                    "action",
                    null,
                    v -> Set.of("none", "warn", "block").contains(v) ? null : "must be one of none, warn, block",
                    at);
            if (name == null || action == null || minScore < 0) {
                errors.add(new FieldError(at.substring(0, at.length() - 1), "needs name, min_score and action"));
                continue;
            }
            if (!names.add(name)) {
                errors.add(new FieldError(at + "name", "is used by another standing"));
            }
            if (i == 0 && minScore != 0) {
                errors.add(new FieldError(at + "min_score", "must be 0 for the first standing"));
            }
            if (!standings.isEmpty()
                    && minScore <= standings.get(standings.size() - 1).minScore()) {
                errors.add(new FieldError(at + "min_score", "must be above the previous standing's"));
            }
            standings.add(new TenantSettings.Standing(name, minScore, action));
        }
        return standings;
    }

    private Map<String, BigDecimal> rates(JsonValue value) {
        if (!(value instanceof JsonObject object)) {
            errors.add(new FieldError("exchange_rates", "must be an object of \"FROM/TO\": rate"));
            return Map.of();
        }
        Map<String, BigDecimal> rates = new java.util.TreeMap<>();
        for (String key : object.keySet()) {
            var codes = RATE_KEY.matcher(key);
            if (!codes.matches()
                    || checkCurrency(codes.group(1)) != null
                    || checkCurrency(codes.group(2)) != null
                    || codes.group(1).equals(codes.group(2))) {
                errors.add(new FieldError(
                        "exchange_rates." + key, "must be named FROM/TO with two different ISO 4217 codes"));
                continue;
            }
            BigDecimal rate =
                    decimal(object, key, BigDecimal.ZERO, new BigDecimal("0.000001"), null, "exchange_rates.");
            rates.put(key, rate);
        }
        return rates;
    }

    private TenantSettings.Numbering numbering(TenantSettings.Numbering current, JsonObject change) {
        if (change == null) {
            return current;
        }
        unknownKeys(change, NUMBERING, "numbering.");
        Function<String, String> check = v -> PREFIX.matcher(v).matches() ? null : "must be 1-10 of A-Z, 0-9 and -";
        return new TenantSettings.Numbering(
                string(change, "purchase_order_prefix", current.purchaseOrderPrefix(), check, "numbering."),
                string(change, "rfq_prefix", current.rfqPrefix(), check, "numbering."),
                string(change, "quote_prefix", current.quotePrefix(), check, "numbering."),
                string(change, "invoice_prefix", current.invoicePrefix(), check, "numbering."));
    }

    private TenantSettings.ScorecardWeights weights(TenantSettings.ScorecardWeights current, JsonObject change) {
        if (change == null) {
            return current;
        }
        unknownKeys(change, WEIGHTS, "scorecard_weights.");
        var weights = new TenantSettings.ScorecardWeights(
                weight(change, "quality", current.quality()), weight(change, "delivery", current.delivery()),
                weight(change, "price", current.price()), weight(change, "service", current.service()));
        if (weights.sum() != 100) {
            errors.add(new FieldError("scorecard_weights", "must sum to 100 (they sum to " + weights.sum() + ")"));
        }
        return weights;
    }

    private int weight(JsonObject change, String key, int current) {
        BigDecimal value = decimal(
                change,
                key,
                BigDecimal.valueOf(current),
                BigDecimal.ZERO,
                BigDecimal.valueOf(100),
                "scorecard_weights.");
        if (value.stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError("scorecard_weights." + key, "must be a whole number"));
            return current;
        }
        return value.intValue();
    }

    private void unknownKeys(JsonObject object, Set<String> known, String prefix) {
        object.keySet().stream()
                .filter(key -> !known.contains(key))
                .sorted()
                .forEach(key -> errors.add(new FieldError(prefix + key, "is not a known setting")));
    }

    private JsonObject object(JsonObject change, String key) {
        JsonValue value = change.get(key);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add(new FieldError(key, "must be an object"));
            return null;
        }
        return value.asJsonObject();
    }

    private String string(JsonObject change, String key, String current, Function<String, String> check) {
        return string(change, key, current, check, "");
    }

    private String string(
            JsonObject change, String key, String current, Function<String, String> check, String prefix) {
        JsonValue value = change.get(key);
        if (value == null) {
            return current;
        }
        if (!(value instanceof JsonString text)) {
            errors.add(new FieldError(prefix + key, "must be a string"));
            return current;
        }
        String problem = check.apply(text.getString());
        if (problem != null) {
            errors.add(new FieldError(prefix + key, problem));
        }
        return text.getString();
    }

    private BigDecimal decimal(JsonObject change, String key, BigDecimal current, BigDecimal min, BigDecimal max) {
        return decimal(change, key, current, min, max, "");
    }

    private BigDecimal decimal(
            JsonObject change, String key, BigDecimal current, BigDecimal min, BigDecimal max, String prefix) {
        JsonValue value = change.get(key);
        if (value == null) {
            return current;
        }
        if (!(value instanceof JsonNumber number)) {
            errors.add(new FieldError(prefix + key, "must be a number"));
            return current;
        }
        BigDecimal decimal = number.bigDecimalValue();
        if (decimal.compareTo(min) < 0 || (max != null && decimal.compareTo(max) > 0)) {
            errors.add(new FieldError(
                    prefix + key, max == null ? "must be at least " + min : "must be between " + min + " and " + max));
        }
        return decimal;
    }

    private String checkZone(String zone) {
        try {
            ZoneId.of(zone);
            return null;
        } catch (DateTimeException e) {
            return "is not a known time zone (e.g. Europe/Lisbon)";
        }
    }

    private String checkCurrency(String code) {
        try {
            return code.length() == 3 && Currency.getInstance(code) != null ? null : "is not an ISO 4217 currency code";
        } catch (IllegalArgumentException e) {
            return "is not an ISO 4217 currency code";
        }
    }
}
