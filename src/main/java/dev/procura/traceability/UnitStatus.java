package dev.procura.traceability;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a lot or serial number stands. By hand it goes between available and quarantined, and
 * into recalled (also once shipped: the customer's units are called back); consumed and shipped
 * come from movements only, never from a status change.
 */
public enum UnitStatus {
    AVAILABLE,
    QUARANTINED,
    CONSUMED,
    SHIPPED,
    RECALLED;

    private static final Map<UnitStatus, Set<UnitStatus>> BY_HAND = Map.of(
            AVAILABLE, Set.of(QUARANTINED, RECALLED),
            QUARANTINED, Set.of(AVAILABLE, RECALLED),
            SHIPPED, Set.of(RECALLED),
            CONSUMED, Set.of(),
            RECALLED, Set.of(QUARANTINED));

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<UnitStatus> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    /** Whether a status change by hand may take a unit from here to {@code next} (staying put is allowed). */
    public boolean mayBeSetTo(UnitStatus next) {
        return next == this || BY_HAND.get(this).contains(next);
    }
}
