package dev.procura.platform.buying;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What other capabilities hand the buying capabilities to draft an RFQ or a purchase order for
 * them ({@link DraftRfqs}, {@link DraftOrders}): the owning capability validates, numbers, audits
 * and publishes the draft as its own.
 */
public final class DraftPurchases {

    private DraftPurchases() {}

    /** A line to buy; {@code unitPrice} may be null on an RFQ (no target price). */
    public record Line(String itemCode, String description, BigDecimal quantity, String unit, BigDecimal unitPrice) {}

    /** A drafted document: its id and number. */
    public record Drafted(UUID id, String number) {}
}
