package dev.procura.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Set;

/** Exact money rules: ISO 4217 codes, amounts rounded half-up to the currency's minor unit. */
public final class Money {

    /** Codes ISO 4217 reserves for tests, precious metals and "no currency": never money here. */
    private static final Set<String> NOT_MONEY =
            Set.of("XXX", "XTS", "XAU", "XAG", "XPD", "XPT", "XDR", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA");

    private Money() {}

    public static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}") || NOT_MONEY.contains(code)) {
            return false;
        }
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The amount rounded to the currency's minor unit (2 for EUR, 0 for JPY, 3 for KWD). */
    public static BigDecimal round(BigDecimal amount, String currency) {
        return amount.setScale(Currency.getInstance(currency).getDefaultFractionDigits(), RoundingMode.HALF_UP);
    }

    public static BigDecimal zero(String currency) {
        return round(BigDecimal.ZERO, currency);
    }

    /** {@code part / whole} as a percentage with two decimals; null when the whole is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
