package dev.procura.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReceiptLineTest {

    @Test
    void aRejectionOnInspectionMovesTheQuantityFromAcceptedToRejected() {
        ReceiptLine line = new ReceiptLine(2, new BigDecimal("10"), new BigDecimal("1"), "dented");

        ReceiptLine after = line.rejectedOnInspection(new BigDecimal("3.5"), "Inspection INS-000001: burrs");

        assertEquals(2, after.line());
        assertEquals(new BigDecimal("6.500"), after.acceptedQuantity());
        assertEquals(new BigDecimal("4.500"), after.rejectedQuantity());
        assertEquals("dented; Inspection INS-000001: burrs", after.rejectionReason());
    }

    @Test
    void theFirstRejectionReasonStandsAlone() {
        ReceiptLine line = new ReceiptLine(1, new BigDecimal("5"), BigDecimal.ZERO, null);

        assertEquals("burrs", line.rejectedOnInspection(BigDecimal.ONE, "burrs").rejectionReason());
    }
}
