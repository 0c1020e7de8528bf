package dev.procura.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** What arrived for one order line: accepted and rejected quantities. */
@Embeddable
public class ReceiptLine {

    private int line;

    @Column(name = "accepted_quantity")
    private BigDecimal acceptedQuantity;

    @Column(name = "rejected_quantity")
    private BigDecimal rejectedQuantity;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    protected ReceiptLine() {}

    ReceiptLine(int line, BigDecimal acceptedQuantity, BigDecimal rejectedQuantity, String rejectionReason) {
        this.line = line;
        // The column's scale (NUMERIC(18, 3)), so the answer to the POST reads as a later GET does.
        this.acceptedQuantity = acceptedQuantity.setScale(3, RoundingMode.HALF_UP);
        this.rejectedQuantity = rejectedQuantity.setScale(3, RoundingMode.HALF_UP);
        this.rejectionReason = rejectionReason;
    }

    /** This line after {@code quantity} of what was accepted is rejected on inspection, for the reason. */
    ReceiptLine rejectedOnInspection(BigDecimal quantity, String reason) {
        String reasons =
                rejectionReason == null || rejectionReason.isBlank() ? reason : rejectionReason + "; " + reason;
        return new ReceiptLine(
                line,
                acceptedQuantity.subtract(quantity),
                rejectedQuantity.add(quantity),
                reasons.length() > 500 ? reasons.substring(0, 500) : reasons);
    }

    public int line() {
        return line;
    }

    public BigDecimal acceptedQuantity() {
        return acceptedQuantity;
    }

    public BigDecimal rejectedQuantity() {
        return rejectedQuantity;
    }

    public String rejectionReason() {
        return rejectionReason;
    }
}
