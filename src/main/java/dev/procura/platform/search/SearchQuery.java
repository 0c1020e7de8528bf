package dev.procura.platform.search;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A search as asked: its text (1 to 200 characters, control characters read as spaces), the one
 * record type it is narrowed to (null: all), and the business days (in the tenant's zone) on
 * which the records last changed (null: no bound). Any text is a valid query: the index reads it
 * with {@code websearch_to_tsquery}, which has no syntax errors, and as a code with its LIKE
 * wildcards escaped.
 */
public record SearchQuery(String text, String type, LocalDate from, LocalDate to) {

    static final int MAX_CHARS = 200;
    /** Codes are matched on a part of them from this length (trigrams); a shorter text only matches a whole code. */
    static final int PART_CHARS = 3;

    /** The query of these parameters; every one at fault is listed in one 400 problem. */
    public static SearchQuery of(String q, String type, String from, String to, Collection<String> types) {
        List<FieldError> errors = new ArrayList<>();
        String text = q == null ? "" : clean(q);
        int length = text.codePointCount(0, text.length());
        if (length < 1 || length > MAX_CHARS) {
            errors.add(new FieldError("q", "is required: 1 to " + MAX_CHARS + " characters"));
        }
        String narrowed = type == null || type.isBlank() ? null : type;
        if (narrowed != null && !types.contains(narrowed)) {
            errors.add(new FieldError("type", "must be one of " + types));
        }
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return new SearchQuery(text, narrowed, fromDate, toDate);
    }

    /** Whether a code is matched when it contains the text, or only when it is the text (too short for trigrams). */
    public boolean matchesPartsOfCodes() {
        return text.codePointCount(0, text.length()) >= PART_CHARS;
    }

    /** The LIKE pattern of codes containing the text: its wildcards and the escape character escaped. */
    public String codePattern() {
        return "%" + escapeLike(text) + "%";
    }

    /** The first instant of {@code from} in the zone; null without a lower bound. */
    public Instant start(ZoneId zone) {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the whole day {@code to} in the zone; null without an upper bound. */
    public Instant end(ZoneId zone) {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** {@code text} matching itself in a LIKE pattern with the escape character {@code \}. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String clean(String q) {
        StringBuilder out = new StringBuilder(q.length());
        q.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return out.toString().strip();
    }

    private static LocalDate date(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO-8601 date, e.g. 2026-11-21"));
            return null;
        }
    }
}
