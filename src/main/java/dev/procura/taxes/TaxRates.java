package dev.procura.taxes;

import dev.procura.platform.failures.FieldError;
import dev.procura.platform.ledger.TaxComponent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rate periods of a tax code: each one plain rate or components in order, from a day to an
 * optional last day (inclusive), sorted and without overlap (gaps are allowed: no rate then).
 * Stored as a JSON array on the code.
 */
final class TaxRates {

    private static final Jsonb JSON = JsonbBuilder.create(
            new JsonbConfig().withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));
    private static final java.lang.reflect.Type STORED =
            new ArrayList<StoredPeriod>() {}.getClass().getGenericSuperclass();

    private TaxRates() {}

    /** A period as stored: its days and its components. */
    public record StoredPeriod(LocalDate validFrom, LocalDate validTo, List<TaxComponent> components) {

        boolean covers(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /** The periods of a request, sorted; its faults (named {@code rates[i].field}) go to {@code errors}. */
    static List<StoredPeriod> of(List<TaxCodeRequests.Period> periods, List<FieldError> errors) {
        List<Indexed> indexed = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            TaxCodeRequests.Period period = periods.get(i);
            String at = "rates[" + i + "].";
            boolean hasComponents =
                    period.components() != null && !period.components().isEmpty();
            if ((period.rate() == null) == !hasComponents) {
                errors.add(new FieldError(at + "rate", "give either rate or components"));
                continue;
            }
            if (period.validTo() != null && period.validTo().isBefore(period.validFrom())) {
                errors.add(new FieldError(at + "valid_to", "must not be before valid_from"));
                continue;
            }
            List<TaxComponent> components = hasComponents
                    ? period.components().stream()
                            .map(c -> new TaxComponent(c.name(), c.rate(), Boolean.TRUE.equals(c.compound())))
                            .toList()
                    : List.of(new TaxComponent(null, period.rate(), false));
            indexed.add(new Indexed(i, new StoredPeriod(period.validFrom(), period.validTo(), components)));
        }
        indexed.sort(Comparator.comparing(p -> p.period().validFrom()));
        for (int i = 1; i < indexed.size(); i++) {
            StoredPeriod before = indexed.get(i - 1).period();
            StoredPeriod after = indexed.get(i).period();
            if (before.validTo() == null || !before.validTo().isBefore(after.validFrom())) {
                errors.add(new FieldError(
                        "rates[" + indexed.get(i).index() + "].valid_from",
                        "overlaps the period from " + before.validFrom()));
            }
        }
        return indexed.stream().map(Indexed::period).toList();
    }

    static Optional<StoredPeriod> on(List<StoredPeriod> periods, LocalDate day) {
        return periods.stream().filter(p -> p.covers(day)).findFirst();
    }

    /**
     * Import text as periods: a JSON array as the API takes it, or {@code rate@from[..to]} parts
     * separated by '|'. Throws IllegalArgumentException on text of neither shape.
     */
    static List<TaxCodeRequests.Period> parse(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("[")) {
            try {
                return JSON.fromJson(
                        trimmed,
                        new ArrayList<TaxCodeRequests.Period>() {}.getClass().getGenericSuperclass());
            } catch (jakarta.json.bind.JsonbException e) {
                throw new IllegalArgumentException("not a JSON array of rate periods", e);
            }
        }
        List<TaxCodeRequests.Period> periods = new ArrayList<>();
        for (String part : trimmed.split("\\|", -1)) {
            String[] rateAndDays = part.strip().split("@", 2);
            if (rateAndDays.length != 2) {
                throw new IllegalArgumentException("'" + part + "' is not rate@valid_from[..valid_to]");
            }
            String[] days = rateAndDays[1].strip().split("\\.\\.", 2);
            try {
                periods.add(new TaxCodeRequests.Period(
                        new BigDecimal(rateAndDays[0].strip()),
                        LocalDate.parse(days[0].strip()),
                        days.length == 2 ? LocalDate.parse(days[1].strip()) : null,
                        null));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("'" + part + "' is not rate@valid_from[..valid_to]", e);
            }
        }
        return periods;
    }

    static String toJson(List<StoredPeriod> periods) {
        return JSON.toJson(periods, STORED);
    }

    static List<StoredPeriod> fromJson(String json) {
        return JSON.fromJson(json, STORED);
    }

    private record Indexed(int index, StoredPeriod period) {}
}
