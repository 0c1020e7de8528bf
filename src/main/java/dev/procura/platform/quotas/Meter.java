package dev.procura.platform.quotas;

import java.util.Locale;

/**
 * What a plan limits and Procura meters. A count is how many exist now (members, documents, stored
 * bytes, custom fields, workflows): past its limit a create is refused with 409. A monthly meter
 * counts what happened in the calendar month (UTC): past its limit the call is refused with 429
 * until the next month. Transactions (orders and invoices) are metered for billing only.
 */
public enum Meter {
    MEMBERS(Kind.COUNT),
    DOCUMENTS(Kind.COUNT),
    STORAGE_BYTES(Kind.COUNT),
    CUSTOM_FIELDS(Kind.COUNT),
    WORKFLOWS(Kind.COUNT),
    API_REQUESTS(Kind.MONTHLY),
    CONVERSIONS(Kind.MONTHLY),
    EMAILS(Kind.MONTHLY),
    TRANSACTIONS(Kind.MONTHLY);

    /** How a meter is counted. */
    public enum Kind {
        COUNT,
        MONTHLY
    }

    private final Kind kind;

    Meter(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The name on the wire and in the database: {@code storage_bytes}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Meter fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
