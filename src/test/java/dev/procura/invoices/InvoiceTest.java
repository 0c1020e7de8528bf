package dev.procura.invoices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.procura.invoices.Invoice.Status;
import dev.procura.platform.failures.Failure;
import dev.procura.procurement.LineRequest;
import dev.procura.procurement.Lines;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvoiceTest {

    private static final Instant ENTERED = Instant.parse("2026-03-10T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-11T09:00:00Z");
    private static final UUID ORDER = UUID.randomUUID();
    private static final UUID SUPPLIER = UUID.randomUUID();
    private static final String MISMATCHES = "[{\"line\":1,\"field\":\"quantity\"}]";

    private static Invoice entered() {
        var lines = Lines.price(
                List.of(
                        new LineRequest(
                                "A",
                                null,
                                new BigDecimal("4"),
                                null,
                                new BigDecimal("12.50"),
                                new BigDecimal("23"),
                                null,
                                null),
                        new LineRequest(
                                "B", null, new BigDecimal("1"), null, new BigDecimal("0.99"), null, null, "EUR")),
                "EUR",
                true);
        return new Invoice(
                "INV-000001",
                new InvoiceRequests.Invoice(
                        ORDER,
                        "ACME-2026-17",
                        "EUR",
                        LocalDate.of(2026, 3, 9),
                        LocalDate.of(2026, 4, 8),
                        List.of(),
                        null),
                SUPPLIER,
                lines,
                UUID.randomUUID(),
                ENTERED);
    }

    @Test
    void aNewInvoiceIsADraftCarryingTheRequestAndItsTotals() {
        Invoice invoice = entered();

        assertEquals(Status.DRAFT, invoice.status());
        assertEquals("ACME-2026-17", invoice.supplierInvoiceNumber());
        assertEquals(SUPPLIER, invoice.supplierId());
        assertEquals(ORDER, invoice.purchaseOrderId());
        assertEquals("EUR", invoice.currency());
        assertEquals(LocalDate.of(2026, 3, 9), invoice.invoiceDate());
        assertEquals(LocalDate.of(2026, 4, 8), invoice.dueDate());
        assertEquals(2, invoice.lines().size());
        assertEquals(new BigDecimal("50.99"), invoice.totals().subtotal());
        assertEquals(new BigDecimal("11.50"), invoice.totals().taxTotal());
        assertEquals(new BigDecimal("62.49"), invoice.totals().total());
        assertEquals(ENTERED, invoice.createdAt());
        assertEquals(ENTERED, invoice.updatedAt());
        assertNull(invoice.matchedAt());
    }

    @Test
    void aCleanMatchMakesItMatchedAndAMismatchKeepsTheDifferences() {
        Invoice invoice = entered();

        invoice.matched(MISMATCHES, LATER);
        assertEquals(Status.MISMATCH, invoice.status());
        assertEquals(MISMATCHES, invoice.mismatchesJson());
        assertEquals(LATER, invoice.matchedAt());

        invoice.matched(MISMATCHES, LATER.plusSeconds(1));
        assertEquals(Status.MISMATCH, invoice.status(), "a mismatch may be matched again and still differ");

        invoice.matched(null, LATER.plusSeconds(2));
        assertEquals(Status.MATCHED, invoice.status());
        assertNull(invoice.mismatchesJson(), "a clean match forgets the earlier differences");
        assertEquals(LATER.plusSeconds(2), invoice.matchedAt());
        assertEquals(LATER.plusSeconds(2), invoice.updatedAt());
    }

    @Test
    void billedCountsEnteredInvoicesThatAreNotCancelled() {
        assertEquals(EnumSet.of(Status.MATCHED, Status.MISMATCH, Status.PAID), Invoice.BILLED);
    }

    enum Action {
        MATCH(Status.MATCHED, (i, at) -> i.matched(null, at), EnumSet.of(Status.DRAFT, Status.MISMATCH)),
        MISMATCH(Status.MISMATCH, (i, at) -> i.matched(MISMATCHES, at), EnumSet.of(Status.DRAFT, Status.MISMATCH)),
        PAY(Status.PAID, (i, at) -> i.pay(at), EnumSet.of(Status.MATCHED)),
        CANCEL(Status.CANCELLED, (i, at) -> i.cancel(at), EnumSet.of(Status.DRAFT, Status.MISMATCH, Status.MATCHED));

        final Status target;
        final BiConsumer<Invoice, Instant> perform;
        final Set<Status> allowedFrom;

        Action(Status target, BiConsumer<Invoice, Instant> perform, Set<Status> allowedFrom) {
            this.target = target;
            this.perform = perform;
            this.allowedFrom = allowedFrom;
        }
    }

    private static Invoice invoiceIn(Status status) {
        Invoice invoice = entered();
        switch (status) {
            case DRAFT -> {}
            case MATCHED -> invoice.matched(null, ENTERED);
            case MISMATCH -> invoice.matched(MISMATCHES, ENTERED);
            case PAID -> {
                invoice.matched(null, ENTERED);
                invoice.pay(ENTERED);
            }
            case CANCELLED -> invoice.cancel(ENTERED);
        }
        assertEquals(status, invoice.status());
        return invoice;
    }

    static Stream<Arguments> everyActionFromEveryStatus() {
        return Stream.of(Action.values())
                .flatMap(action -> Stream.of(Status.values()).map(from -> Arguments.of(action, from)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyActionFromEveryStatus")
    void eachActionMovesOnlyFromTheStatusesThatAllowIt(Action action, Status from) {
        Invoice invoice = invoiceIn(from);

        if (action.allowedFrom.contains(from)) {
            action.perform.accept(invoice, LATER);
            assertEquals(action.target, invoice.status());
            assertEquals(LATER, invoice.updatedAt());
        } else {
            var refused = assertThrows(Failure.InvalidTransition.class, () -> action.perform.accept(invoice, LATER));
            assertEquals(Invoice.MACHINE.column(from), refused.facts().get("current_status"));
            assertEquals(from, invoice.status());
            assertEquals(ENTERED, invoice.updatedAt());
        }
    }
}
