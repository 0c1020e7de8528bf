package dev.procura.conversions.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Values as programs read them (CSV, JSON): plain numbers, ISO-8601 dates, true/false. */
final class MachineValues {

    private final DateTimeFormatter dateTimes;

    MachineValues(ZoneId zone) {
        this.dateTimes = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
    }

    /** The value as text; null is the empty text. */
    String text(Object value, ValueFormat format) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return TextLimit.cap(text);
        }
        if (value instanceof BigDecimal number) {
            return number(number, format).toPlainString();
        }
        if (value instanceof Instant instant) {
            return dateTime(instant);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return TextLimit.cap(value.toString());
    }

    /** An instant as an ISO-8601 date-time with the sheet zone's offset. */
    String dateTime(Instant instant) {
        return dateTimes.format(instant);
    }

    /** Money always shows cents (12.5 → 12.50); other numbers as they are. */
    static BigDecimal number(BigDecimal number, ValueFormat format) {
        return format == ValueFormat.MONEY && number.scale() < 2 ? number.setScale(2, RoundingMode.HALF_UP) : number;
    }
}
