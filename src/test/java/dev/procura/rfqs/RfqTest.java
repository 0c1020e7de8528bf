package dev.procura.rfqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.procura.platform.failures.Failure;
import dev.procura.procurement.LineRequest;
import dev.procura.procurement.Lines;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RfqTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void everyMoveStampsTheTimeItIsGivenNotTheClock() {
        Rfq rfq = new Rfq("RFQ-000001", UUID.randomUUID(), CREATED);
        assertNull(rfq.updatedAt());
        Instant sent = Instant.parse("2026-03-02T10:00:00Z");
        rfq.send(sent);
        assertEquals(sent, rfq.sentAt());
        assertEquals(sent, rfq.updatedAt());
        Instant awarded = Instant.parse("2026-03-05T11:00:00Z");
        rfq.award(UUID.randomUUID(), awarded);
        assertEquals(awarded, rfq.updatedAt());
        Instant closed = Instant.parse("2026-03-09T12:00:00Z");
        rfq.close(closed);
        assertEquals(closed, rfq.updatedAt());
        assertEquals(Rfq.Status.CLOSED, rfq.status());
        assertEquals(CREATED, rfq.createdAt());
    }

    @Test
    void cancellingStampsTheTimeItIsGiven() {
        Rfq rfq = new Rfq("RFQ-000002", UUID.randomUUID(), CREATED);
        Instant cancelled = Instant.parse("2026-03-03T08:30:00Z");
        rfq.cancel(cancelled);
        assertEquals(cancelled, rfq.updatedAt());
        assertEquals(Rfq.Status.CANCELLED, rfq.status());
    }

    @Test
    void describeKeepsEachInvitedSupplierOnceInTheOrderGivenAndReplacesEarlierTerms() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        Rfq rfq = new Rfq("RFQ-000003", UUID.randomUUID(), CREATED);
        rfq.describe(request(List.of(c), "OLD"), Lines.price(List.of(line("OLD")), "EUR", false), CREATED);

        Instant edited = Instant.parse("2026-03-01T10:00:00Z");
        rfq.describe(
                request(List.of(b, a, b, c, a), "NEW"),
                Lines.price(List.of(line("X"), line("Y")), "EUR", false),
                edited);

        assertEquals(List.of(b, a, c), List.copyOf(rfq.supplierIds()));
        assertEquals(
                List.of("X", "Y"), rfq.lines().stream().map(l -> l.itemCode()).toList());
        assertNull(rfq.lines().get(0).netAmount(), "an RFQ's target price is optional");
        assertEquals("NEW", rfq.title());
        assertEquals("EUR", rfq.currency());
        assertEquals(LocalDate.of(2026, 4, 1), rfq.neededBy());
        assertEquals(LocalDate.of(2026, 3, 15), rfq.dueDate());
        assertEquals("by pallet", rfq.notes());
        assertEquals(edited, rfq.updatedAt());
    }

    @Test
    void awardingRemembersTheQuote() {
        Rfq rfq = new Rfq("RFQ-000004", UUID.randomUUID(), CREATED);
        rfq.send(CREATED);
        UUID quote = UUID.randomUUID();

        rfq.award(quote, CREATED.plusSeconds(5));

        assertEquals(Rfq.Status.AWARDED, rfq.status());
        assertEquals(quote, rfq.awardedQuoteId());
    }

    @Test
    void editingASentRfqIsRefusedNamingItsStatus() {
        Rfq rfq = new Rfq("RFQ-000005", UUID.randomUUID(), CREATED);
        rfq.requireDraft("edited");
        rfq.send(CREATED);

        var refused = assertThrows(Failure.InvalidTransition.class, () -> rfq.requireDraft("edited"));
        assertEquals("sent", refused.facts().get("current_status"));
        assertEquals("RFQ RFQ-000005 is sent; it cannot be edited", refused.getMessage());
    }

    enum Action {
        SEND(Rfq.Status.SENT, (r, at) -> r.send(at), Set.of(Rfq.Status.DRAFT)),
        AWARD(Rfq.Status.AWARDED, (r, at) -> r.award(UUID.randomUUID(), at), Set.of(Rfq.Status.SENT)),
        CLOSE(Rfq.Status.CLOSED, (r, at) -> r.close(at), Set.of(Rfq.Status.SENT, Rfq.Status.AWARDED)),
        CANCEL(Rfq.Status.CANCELLED, (r, at) -> r.cancel(at), Set.of(Rfq.Status.DRAFT, Rfq.Status.SENT));

        final Rfq.Status target;
        final BiConsumer<Rfq, Instant> perform;
        final Set<Rfq.Status> allowedFrom;

        Action(Rfq.Status target, BiConsumer<Rfq, Instant> perform, Set<Rfq.Status> allowedFrom) {
            this.target = target;
            this.perform = perform;
            this.allowedFrom = allowedFrom;
        }
    }

    private static Rfq rfqIn(Rfq.Status status) {
        Rfq rfq = new Rfq("RFQ-000006", UUID.randomUUID(), CREATED);
        switch (status) {
            case DRAFT -> {}
            case SENT -> rfq.send(CREATED);
            case AWARDED -> {
                rfq.send(CREATED);
                rfq.award(UUID.randomUUID(), CREATED);
            }
            case CLOSED -> {
                rfq.send(CREATED);
                rfq.close(CREATED);
            }
            case CANCELLED -> rfq.cancel(CREATED);
        }
        assertEquals(status, rfq.status());
        return rfq;
    }

    static Stream<Arguments> everyActionFromEveryStatus() {
        return Stream.of(Action.values())
                .flatMap(action -> Stream.of(Rfq.Status.values()).map(from -> Arguments.of(action, from)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyActionFromEveryStatus")
    void eachActionMovesOnlyFromTheStatusesThatAllowIt(Action action, Rfq.Status from) {
        Rfq rfq = rfqIn(from);
        Instant at = Instant.parse("2026-03-20T12:00:00Z");

        if (action.allowedFrom.contains(from)) {
            action.perform.accept(rfq, at);
            assertEquals(action.target, rfq.status());
            assertEquals(at, rfq.updatedAt());
        } else {
            var refused = assertThrows(Failure.InvalidTransition.class, () -> action.perform.accept(rfq, at));
            assertEquals(Rfq.MACHINE.column(from), refused.facts().get("current_status"));
            assertEquals(from, rfq.status());
        }
    }

    private static LineRequest line(String code) {
        return new LineRequest(code, "thing", BigDecimal.ONE, null, null, null, null, null);
    }

    private static RfqRequests.Rfq request(List<UUID> suppliers, String title) {
        return new RfqRequests.Rfq(
                title,
                "EUR",
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 3, 15),
                "by pallet",
                suppliers,
                List.of(),
                null);
    }
}
