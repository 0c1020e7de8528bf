package dev.procura.platform.gs1;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * The application identifiers Procura reads and writes (GS1 General Specifications, section 3):
 * their length, whether the length is fixed, and what their value must look like.
 */
enum ApplicationIdentifier {
    SSCC("00", 18, true, Content.CHECKED_DIGITS),
    GTIN("01", 14, true, Content.CHECKED_DIGITS),
    CONTENT("02", 14, true, Content.CHECKED_DIGITS),
    BATCH("10", 20, false, Content.CHARACTER_SET_82),
    PRODUCTION_DATE("11", 6, true, Content.DATE),
    PACKAGING_DATE("13", 6, true, Content.DATE),
    BEST_BEFORE("15", 6, true, Content.DATE),
    EXPIRY("17", 6, true, Content.DATE),
    SERIAL("21", 20, false, Content.CHARACTER_SET_82),
    COUNT("37", 8, false, Content.DIGITS),
    ORDER_NUMBER("400", 30, false, Content.CHARACTER_SET_82);

    enum Content {
        DIGITS,
        CHECKED_DIGITS,
        DATE,
        CHARACTER_SET_82
    }

    private static final Map<String, ApplicationIdentifier> BY_CODE = Map.ofEntries(
            Map.entry("00", SSCC),
            Map.entry("01", GTIN),
            Map.entry("02", CONTENT),
            Map.entry("10", BATCH),
            Map.entry("11", PRODUCTION_DATE),
            Map.entry("13", PACKAGING_DATE),
            Map.entry("15", BEST_BEFORE),
            Map.entry("17", EXPIRY),
            Map.entry("21", SERIAL),
            Map.entry("37", COUNT),
            Map.entry("400", ORDER_NUMBER));

    private static final String PUNCTUATION = "!\"%&'()*+,-./:;<=>?_";

    final String code;
    final int length;
    final boolean fixedLength;
    final Content content;

    ApplicationIdentifier(String code, int length, boolean fixedLength, Content content) {
        this.code = code;
        this.length = length;
        this.fixedLength = fixedLength;
        this.content = content;
    }

    static Optional<ApplicationIdentifier> of(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The identifier that {@code data} starts with at {@code from}, if any: two digits, else three. */
    static Optional<ApplicationIdentifier> startingAt(String data, int from) {
        for (int width = 2; width <= 3; width++) {
            if (from + width <= data.length()) {
                Optional<ApplicationIdentifier> ai = of(data.substring(from, from + width));
                if (ai.isPresent()) {
                    return ai;
                }
            }
        }
        return Optional.empty();
    }

    /** Refuses a value this identifier cannot hold, saying why. */
    void check(String value) {
        if (value.isEmpty()) {
            throw new Gs1Exception("AI " + code + ": value is empty");
        }
        if (fixedLength ? value.length() != length : value.length() > length) {
            throw new Gs1Exception("AI " + code + ": value must be " + (fixedLength ? "" : "at most ") + length
                    + " characters, not " + value.length());
        }
        switch (content) {
            case DIGITS -> requireDigits(value);
            case CHECKED_DIGITS -> {
                requireDigits(value);
                int expected = Gs1.checkDigit(value.substring(0, value.length() - 1));
                int actual = value.charAt(value.length() - 1) - '0';
                if (expected != actual) {
                    throw new Gs1Exception("AI " + code + ": check digit " + actual + " should be " + expected);
                }
            }
            case DATE -> {
                requireDigits(value);
                date(value);
            }
            case CHARACTER_SET_82 -> {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    boolean alphanumeric = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
                    if (!alphanumeric && PUNCTUATION.indexOf(c) < 0) {
                        throw new Gs1Exception("AI " + code + ": character '" + c + "' is not in GS1 character set 82");
                    }
                }
            }
        }
    }

    private void requireDigits(String value) {
        if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new Gs1Exception("AI " + code + ": value must be digits only");
        }
    }

    /** A YYMMDD date, read as 20YY; day 00 means the month's last day (GS1 General Specifications 7.12). */
    private LocalDate date(String value) {
        int year = 2000 + Integer.parseInt(value.substring(0, 2));
        int month = Integer.parseInt(value.substring(2, 4));
        int day = Integer.parseInt(value.substring(4, 6));
        try {
            YearMonth yearMonth = YearMonth.of(year, month);
            return day == 0 ? yearMonth.atEndOfMonth() : yearMonth.atDay(day);
        } catch (DateTimeException e) {
            throw new Gs1Exception("AI " + code + ": " + value + " is not a date (YYMMDD)");
        }
    }
}
