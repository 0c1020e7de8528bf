package dev.procura.rfqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.procurement.LineRequest;
import dev.procura.procurement.Lines;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-05T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-06T09:00:00Z");
    private static final UUID RFQ = UUID.randomUUID();
    private static final UUID SUPPLIER = UUID.randomUUID();

    private static Quote described() {
        Quote quote = new Quote("Q-000001", UUID.randomUUID(), RECEIVED);
        var lines = Lines.price(
                List.of(new LineRequest(
                        "A", null, new BigDecimal("3"), "box", new BigDecimal("19.99"), null, null, null)),
                "EUR",
                true);
        quote.describe(
                new RfqRequests.Quote(
                        RFQ,
                        SUPPLIER,
                        "EUR",
                        LocalDate.of(2026, 3, 31),
                        14,
                        "ACME-Q-77",
                        "incl. shipping",
                        List.of(),
                        null),
                lines,
                LATER);
        return quote;
    }

    @Test
    void aQuoteIsReceivedWhenCreated() {
        Quote quote = new Quote("Q-000001", UUID.randomUUID(), RECEIVED);

        assertEquals(Quote.Status.RECEIVED, quote.status());
        assertEquals(RECEIVED, quote.receivedAt());
        assertEquals(RECEIVED, quote.createdAt());
    }

    @Test
    void describeKeepsTheTermsAndTotalsThePricedLines() {
        Quote quote = described();

        assertEquals(RFQ, quote.rfqId());
        assertEquals(SUPPLIER, quote.supplierId());
        assertEquals("EUR", quote.currency());
        assertEquals(LocalDate.of(2026, 3, 31), quote.validUntil());
        assertEquals(14, quote.leadTimeDays());
        assertEquals("ACME-Q-77", quote.supplierReference());
        assertEquals("incl. shipping", quote.notes());
        assertEquals(1, quote.lines().size());
        assertEquals("box", quote.lines().get(0).unit());
        assertEquals(new BigDecimal("59.97"), quote.totals().subtotal());
        assertEquals(new BigDecimal("0.00"), quote.totals().taxTotal());
        assertEquals(new BigDecimal("59.97"), quote.totals().total());
        assertEquals(LATER, quote.updatedAt());
    }

    @ParameterizedTest(name = "valid until 2026-03-31, on {0}: expired {1}")
    @CsvSource({"2026-03-30, false", "2026-03-31, false", "2026-04-01, true"})
    void aQuoteHoldsThroughItsLastValidDay(LocalDate today, boolean expired) {
        assertEquals(expired, described().isExpired(today));
    }

    @Test
    void acceptingAndRejectingAreForReceivedQuotesOnly() {
        Quote accepted = described();
        accepted.requireReceived("accepted");
        accepted.accept(LATER.plusSeconds(1));
        assertEquals(Quote.Status.ACCEPTED, accepted.status());
        assertEquals(LATER.plusSeconds(1), accepted.updatedAt());

        var again = assertThrows(Failure.InvalidTransition.class, () -> accepted.reject(LATER.plusSeconds(2)));
        assertEquals(ProblemType.INVALID_TRANSITION, again.type());
        assertEquals("accepted", again.facts().get("current_status"));
        assertThrows(Failure.InvalidTransition.class, () -> accepted.requireReceived("edited"));

        Quote rejected = described();
        rejected.reject(LATER.plusSeconds(3));
        assertEquals(Quote.Status.REJECTED, rejected.status());
        var late = assertThrows(Failure.InvalidTransition.class, () -> rejected.accept(LATER.plusSeconds(4)));
        assertEquals("rejected", late.facts().get("current_status"));
        assertEquals(LATER.plusSeconds(3), rejected.updatedAt());
        assertTrue(late.getMessage().startsWith("Quote Q-000001 is rejected"));
        assertFalse(rejected.isExpired(LocalDate.of(2026, 3, 1)));
    }
}
