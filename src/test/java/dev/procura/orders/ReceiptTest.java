package dev.procura.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    private static final Instant NOW = Instant.parse("2026-03-10T14:00:00Z");

    @Test
    void quantitiesTakeTheColumnsScaleRoundingHalfUp() {
        ReceiptLine line = new ReceiptLine(2, new BigDecimal("1.2345"), new BigDecimal("0"), "dented");

        assertEquals(2, line.line());
        assertEquals(new BigDecimal("1.235"), line.acceptedQuantity());
        assertEquals(new BigDecimal("0.000"), line.rejectedQuantity());
        assertEquals("dented", line.rejectionReason());
    }

    @Test
    void aReceiptKeepsWhatItWasGivenAndIsNotChangedByItsCallerLater() {
        UUID order = UUID.randomUUID();
        UUID receiver = UUID.randomUUID();
        List<ReceiptLine> given = new ArrayList<>(List.of(new ReceiptLine(1, BigDecimal.ONE, BigDecimal.ZERO, null)));

        Receipt receipt =
                new Receipt("GR-000001", order, null, LocalDate.of(2026, 3, 9), "dock 4", given, receiver, NOW);
        given.add(new ReceiptLine(2, BigDecimal.TEN, BigDecimal.ZERO, null));

        assertNotNull(receipt.id());
        assertEquals("GR-000001", receipt.number());
        assertEquals(order, receipt.purchaseOrderId());
        assertEquals(LocalDate.of(2026, 3, 9), receipt.receivedOn());
        assertEquals("dock 4", receipt.notes());
        assertEquals(receiver, receipt.receivedBy());
        assertEquals(NOW, receipt.createdAt());
        assertEquals(1, receipt.lines().size());
        assertEquals(new BigDecimal("1.000"), receipt.lines().get(0).acceptedQuantity());
    }
}
