package dev.procura.traceability;

import dev.procura.platform.failures.FieldError;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How an item's lots (or serial numbers) are numbered: prefix, today in the date pattern, then the
 * sequence, zero-padded to its width; the sequence restarts at 1 when the formatted date changes.
 * A GS1 rule's numbers are valid AI 10 / AI 21 values (20 characters of set 82 at most).
 */
@Entity
@Table(name = "numbering_rules")
public class NumberingRule {

    /** Year, month, day and day of year, with - . / between them (all GS1 characters). */
    static final Pattern DATE_PATTERN = Pattern.compile("(yyyy|yy|MM|dd|DDD|[-./])+");

    static final int MAX_LENGTH = 40;

    @Id
    private UUID id;

    @Column(name = "item_code")
    private String itemCode;

    private String kind;
    private String prefix;

    @Column(name = "date_pattern")
    private String datePattern;

    @Column(name = "sequence_width")
    private int sequenceWidth;

    private boolean gs1;
    private String period;

    @Column(name = "next_sequence")
    private long nextSequence;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected NumberingRule() {}

    NumberingRule(String itemCode, String kind, Instant now) {
        this.id = UUID.randomUUID();
        this.itemCode = itemCode;
        this.kind = kind;
        this.period = "";
        this.nextSequence = 1;
        this.createdAt = now;
    }

    /** Every way the scheme is wrong, as field errors under {@code at} (e.g. {@code lot.}). */
    static List<FieldError> problemsOf(TraceabilityRequests.Scheme scheme, String at) {
        List<FieldError> errors = new ArrayList<>();
        String prefix = scheme.prefixOrEmpty();
        String pattern = scheme.datePattern() == null ? "" : scheme.datePattern();
        if (!pattern.isEmpty() && !DATE_PATTERN.matcher(pattern).matches()) {
            errors.add(new FieldError(
                    at + "date_pattern", "must be made of yyyy, yy, MM, dd, DDD and the separators - . /"));
        }
        if (prefix.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            errors.add(new FieldError(at + "prefix", "must be printable ASCII without spaces"));
        }
        int length = prefix.length() + pattern.length() + scheme.sequenceWidth();
        if (scheme.isGs1()) {
            if (!Gs1.inCharacterSet82(prefix)) {
                errors.add(new FieldError(at + "prefix", "must use only the GS1 character set 82"));
            }
            if (length > Gs1.MAX_LENGTH) {
                errors.add(new FieldError(
                        at + "sequence_width",
                        "prefix, date and sequence make " + length + " characters; GS1 allows " + Gs1.MAX_LENGTH));
            }
        } else if (length > MAX_LENGTH) {
            errors.add(new FieldError(
                    at + "sequence_width",
                    "prefix, date and sequence make " + length + " characters; at most " + MAX_LENGTH));
        }
        return errors;
    }

    void define(TraceabilityRequests.Scheme scheme, Instant now) {
        this.prefix = scheme.prefixOrEmpty();
        this.datePattern = scheme.datePattern() == null || scheme.datePattern().isEmpty() ? null : scheme.datePattern();
        this.sequenceWidth = scheme.sequenceWidth();
        this.gs1 = scheme.isGs1();
        this.updatedAt = now;
    }

    /** The next number for {@code today}; the caller holds the row's lock. */
    String take(LocalDate today) {
        String date = datePattern == null
                ? ""
                : DateTimeFormatter.ofPattern(datePattern).format(today);
        if (!date.equals(period)) {
            period = date;
            nextSequence = 1;
        }
        String number = prefix + date + String.format("%0" + sequenceWidth + "d", nextSequence);
        nextSequence++;
        return number;
    }

    /** Why a number given by hand does not fit this rule (GS1 rules only), or null. */
    String problemWith(String number) {
        return gs1 ? Gs1.problemWith(number) : null;
    }

    /** Whether the sequence has outgrown what the rule's numbers may hold. */
    boolean isTooLong(String number) {
        return number.length() > (gs1 ? Gs1.MAX_LENGTH : MAX_LENGTH);
    }

    public UUID id() {
        return id;
    }

    public String itemCode() {
        return itemCode;
    }

    public String kind() {
        return kind;
    }

    public String prefix() {
        return prefix;
    }

    public String datePattern() {
        return datePattern;
    }

    public int sequenceWidth() {
        return sequenceWidth;
    }

    public boolean isGs1() {
        return gs1;
    }

    public long nextSequence() {
        return nextSequence;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
