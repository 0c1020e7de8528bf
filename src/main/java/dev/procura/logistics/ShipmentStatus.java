package dev.procura.logistics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a shipment is: planned → packed → shipped → in_transit → delivered, or returned once it left.
 * Delivery may follow shipping directly (a carrier that reports no transit).
 */
public enum ShipmentStatus {
    PLANNED,
    PACKED,
    SHIPPED,
    IN_TRANSIT,
    DELIVERED,
    RETURNED;

    /** The actions of the API: each moves a shipment from some statuses into one. */
    public enum Action {
        PACK("packed", ShipmentStatus.PACKED, Set.of(PLANNED)),
        SHIP("shipped", ShipmentStatus.SHIPPED, Set.of(PACKED)),
        DEPART("put in transit", ShipmentStatus.IN_TRANSIT, Set.of(SHIPPED)),
        DELIVER("delivered", ShipmentStatus.DELIVERED, Set.of(SHIPPED, IN_TRANSIT)),
        RETURN("returned", ShipmentStatus.RETURNED, Set.of(SHIPPED, IN_TRANSIT, DELIVERED));

        private final String done;
        private final ShipmentStatus into;
        private final Set<ShipmentStatus> from;

        Action(String done, ShipmentStatus into, Set<ShipmentStatus> from) {
            this.done = done;
            this.into = into;
            this.from = from;
        }

        public String done() {
            return done;
        }

        public ShipmentStatus into() {
            return into;
        }

        public boolean isAllowedFrom(ShipmentStatus status) {
            return from.contains(status);
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Action> of(String code) {
            return Arrays.stream(values()).filter(a -> a.code().equals(code)).findFirst();
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ShipmentStatus> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    /** Whether the shipment has left and not been returned: goods on it may be received. */
    public boolean isUnderway() {
        return this == SHIPPED || this == IN_TRANSIT || this == DELIVERED;
    }

    /** Delivered or returned: nothing about it changes any more. */
    public boolean isFinal() {
        return this == DELIVERED || this == RETURNED;
    }
}
