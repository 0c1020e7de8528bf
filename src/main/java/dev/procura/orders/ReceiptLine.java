package dev.procura.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

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
        this.acceptedQuantity = acceptedQuantity;
        this.rejectedQuantity = rejectedQuantity;
        this.rejectionReason = rejectionReason;
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
