package dev.procura.conversions.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Values as people read them in documents (PDF, Word), in the sheet's locale and zone. One per
 * renderer: the number formats are made once and are not thread-safe.
 */
final class HumanValues {

    private final NumberFormat integers;
    private final NumberFormat decimals;
    private final NumberFormat money;
    private final NumberFormat percents;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter dateTimes;

    HumanValues(Locale locale, ZoneId zone) {
        integers = NumberFormat.getIntegerInstance(locale);
        decimals = NumberFormat.getNumberInstance(locale);
        decimals.setMaximumFractionDigits(6);
        money = NumberFormat.getNumberInstance(locale);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        money.setRoundingMode(RoundingMode.HALF_UP);
        percents = NumberFormat.getPercentInstance(locale);
        percents.setMaximumFractionDigits(2);
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(zone);
        dateTimes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
    }

    /** The value as text; null is the empty text, a String is shown as it is (capped). */
    String text(Object value, ValueFormat format) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return TextLimit.cap(text);
        }
        if (value instanceof BigDecimal || value instanceof Long || value instanceof Integer) {
            return numbers(format).format(value);
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        if (value instanceof LocalDate date) {
            return dates.format(date);
        }
        if (value instanceof Instant instant) {
            return format == ValueFormat.DATE ? dates.format(instant) : dateTimes.format(instant);
        }
        return TextLimit.cap(value.toString());
    }

    private NumberFormat numbers(ValueFormat format) {
        return switch (format) {
            case INTEGER -> integers;
            case MONEY -> money;
            case PERCENT -> percents;
            default -> decimals;
        };
    }

    /** Whether a column's values line up on the right, as numbers do. */
    static boolean isNumeric(ValueFormat format) {
        return format == ValueFormat.INTEGER
                || format == ValueFormat.DECIMAL
                || format == ValueFormat.MONEY
                || format == ValueFormat.PERCENT;
    }
}
