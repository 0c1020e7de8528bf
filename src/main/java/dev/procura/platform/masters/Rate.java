package dev.procura.platform.masters;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The rate that converts {@code from} into {@code to} on a date, with the stated rates it is made
 * of: none (the same currency), one stated the same way, one stated the other way (inverted), or
 * two through the tenant currency (triangulated). Amounts are converted exactly: the stated rates
 * used as they are are multiplied, those inverted divide once at the end, and the result is
 * rounded once, half up (as {@code Money} rounds every amount in Procura).
 */
public record Rate(String from, String to, LocalDate validFrom, List<Leg> legs) {

    /** Scale of {@link #rate()} when an inverted leg makes it a non-terminating fraction. */
    public static final int SHOWN_SCALE = 12;

    /** One stated rate: {@code rate} units of {@code quotedTo} per {@code quotedFrom}, used inverted or not. */
    public record Leg(String quotedFrom, String quotedTo, BigDecimal rate, LocalDate validFrom, boolean inverted) {}

    public Rate {
        legs = List.copyOf(legs);
    }

    public static Rate identity(String currency) {
        return new Rate(currency, currency, null, List.of());
    }

    public boolean isInverted() {
        return legs.stream().anyMatch(Leg::inverted);
    }

    public boolean isTriangulated() {
        return legs.size() > 1;
    }

    /** The currency a triangulated rate goes through, or null. */
    public String via() {
        if (!isTriangulated()) {
            return null;
        }
        Leg first = legs.get(0);
        return first.inverted() ? first.quotedFrom() : first.quotedTo();
    }

    /** Units of {@code to} per 1 {@code from}: exact unless an inverted leg divides (then 12 decimals). */
    public BigDecimal rate() {
        BigDecimal denominator = denominator();
        return denominator.compareTo(BigDecimal.ONE) == 0
                ? numerator()
                : numerator().divide(denominator, SHOWN_SCALE, RoundingMode.HALF_UP);
    }

    /** The amount in {@code to}, rounded half up to {@code decimals} once, at the end. */
    public BigDecimal convert(BigDecimal amount, int decimals) {
        return amount.multiply(numerator()).divide(denominator(), decimals, RoundingMode.HALF_UP);
    }

    /** The amount in {@code to} before any rounding (34 significant digits when a leg is inverted). */
    public BigDecimal convert(BigDecimal amount) {
        BigDecimal denominator = denominator();
        BigDecimal product = amount.multiply(numerator());
        return denominator.compareTo(BigDecimal.ONE) == 0
                ? product
                : product.divide(denominator, MathContext.DECIMAL128);
    }

    private BigDecimal numerator() {
        return legs.stream().filter(leg -> !leg.inverted()).map(Leg::rate).reduce(BigDecimal.ONE, BigDecimal::multiply);
    }

    private BigDecimal denominator() {
        return legs.stream().filter(Leg::inverted).map(Leg::rate).reduce(BigDecimal.ONE, BigDecimal::multiply);
    }
}
