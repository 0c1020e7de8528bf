package dev.procura.tenants;

import dev.procura.platform.web.FieldError;
import dev.procura.platform.web.ProblemException;
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
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Applies a settings change (a JSON object of the keys to change) to the current settings.
 * Unknown keys and bad values are all reported at once as field errors; nothing is applied then.
 */
final class SettingsDocument {

    private static final Pattern PREFIX = Pattern.compile("[A-Z0-9-]{1,10}");
    private static final Set<String> TOP = Set.of("time_zone", "currency", "numbering", "scorecard_weights",
            "match_tolerance_percent", "approval_second_level_amount");
    private static final Set<String> NUMBERING = Set.of("purchase_order_prefix", "rfq_prefix", "quote_prefix",
            "invoice_prefix");
    private static final Set<String> WEIGHTS = Set.of("quality", "delivery", "price", "service");

    private final List<FieldError> errors = new ArrayList<>();

    private SettingsDocument() {
    }

    static TenantSettings apply(TenantSettings current, JsonObject change) {
        return new SettingsDocument().merge(current, change);
    }

    private TenantSettings merge(TenantSettings current, JsonObject change) {
        unknownKeys(change, TOP, "");
        String timeZone = string(change, "time_zone", current.timeZone(), this::checkZone);
        String currency = string(change, "currency", current.currency(), this::checkCurrency);
        TenantSettings.Numbering numbering = numbering(current.numbering(), object(change, "numbering"));
        TenantSettings.ScorecardWeights weights = weights(current.scorecardWeights(), object(change, "scorecard_weights"));
        BigDecimal tolerance = decimal(change, "match_tolerance_percent", current.matchTolerancePercent(),
                BigDecimal.ZERO, new BigDecimal("50"));
        BigDecimal secondLevel = decimal(change, "approval_second_level_amount", current.approvalSecondLevelAmount(),
                BigDecimal.ZERO, null);
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(FieldError::field));
            throw new ProblemException.InvalidInput(errors);
        }
        return new TenantSettings(timeZone, currency, numbering, weights, tolerance, secondLevel);
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
        BigDecimal value = decimal(change, key, BigDecimal.valueOf(current), BigDecimal.ZERO, BigDecimal.valueOf(100),
                "scorecard_weights.");
        if (value.stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError("scorecard_weights." + key, "must be a whole number"));
            return current;
        }
        return value.intValue();
    }

    private void unknownKeys(JsonObject object, Set<String> known, String prefix) {
        object.keySet().stream().filter(key -> !known.contains(key)).sorted()
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

    private String string(JsonObject change, String key, String current, Function<String, String> check, String prefix) {
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

    private BigDecimal decimal(JsonObject change, String key, BigDecimal current, BigDecimal min, BigDecimal max,
                               String prefix) {
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
            errors.add(new FieldError(prefix + key, max == null ? "must be at least " + min
                    : "must be between " + min + " and " + max));
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
