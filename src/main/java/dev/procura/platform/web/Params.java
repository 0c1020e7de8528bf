package dev.procura.platform.web;

import dev.procura.platform.failures.Failure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters that need parsing, with a 400 naming the parameter when they do not parse. */
public final class Params {

    private Params() {}

    public static BigDecimal decimal(String name, String value, BigDecimal min, BigDecimal max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal decimal = new BigDecimal(value);
            if (decimal.compareTo(min) >= 0 && decimal.compareTo(max) <= 0) {
                return decimal;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Failure.InvalidInput(name, "must be a number between " + min + " and " + max);
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Failure.InvalidInput(name, "must be an ISO-8601 date, e.g. 2026-11-21");
        }
    }
}
