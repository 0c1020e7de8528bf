package dev.procura.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.orders.PurchaseOrder.Status;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.procurement.LineItem;
import dev.procura.procurement.LineRequest;
import dev.procura.procurement.Lines;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

class PurchaseOrderTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final UUID BUYER = UUID.randomUUID();

    private static List<LineItem> lines(String... codesAndPrices) {
        List<LineRequest> requests = new ArrayList<>();
        for (int i = 0; i < codesAndPrices.length; i += 2) {
            requests.add(new LineRequest(
                    codesAndPrices[i],
                    null,
                    new BigDecimal("2"),
                    null,
                    new BigDecimal(codesAndPrices[i + 1]),
                    new BigDecimal("23"),
                    null,
                    null));
        }
        return Lines.price(requests, "EUR", true);
    }

    private static OrderRequests.Order request(LocalDate orderDate, String paymentTerms) {
        return new OrderRequests.Order(
                null,
                null,
                null,
                "IT",
                null,
                orderDate,
                LocalDate.of(2026, 4, 1),
                paymentTerms,
                "rush",
                List.of(),
                null,
                null);
    }

    private static PurchaseOrder draft() {
        return new PurchaseOrder("PO-000001", BUYER, CREATED);
    }

    /** An order brought to {@code status} through the entity's own methods. */
    static PurchaseOrder orderIn(Status status) {
        PurchaseOrder order = draft();
        switch (status) {
            case DRAFT -> {}
            case CANCELLED -> order.cancel(CREATED);
            default -> {
                order.submit(BUYER, CREATED);
                if (status == Status.PENDING_APPROVAL) {
                    break;
                }
                order.approve(CREATED);
                if (status == Status.APPROVED) {
                    break;
                }
                order.send(CREATED);
                switch (status) {
                    case PARTIALLY_RECEIVED -> order.received(false, CREATED);
                    case RECEIVED -> order.received(true, CREATED);
                    case CLOSED -> order.close(CREATED);
                    default -> {}
                }
            }
        }
        assertEquals(status, order.status());
        return order;
    }

    @Test
    void aNewOrderIsADraftStampedWithItsCreator() {
        PurchaseOrder order = draft();

        assertEquals("PO-000001", order.number());
        assertEquals(Status.DRAFT, order.status());
        assertEquals(BUYER, order.createdBy());
        assertEquals(CREATED, order.createdAt());
        assertNull(order.updatedAt());
        assertTrue(order.id() != null);
        assertTrue(order.lines().isEmpty());
    }

    @Test
    void describeTakesSupplierCurrencyAndTermsFromTheSourceAndDefaultsTheDateToToday() {
        UUID supplier = UUID.randomUUID();
        UUID quote = UUID.randomUUID();
        PurchaseOrder order = draft();

        order.describe(
                new OrderRequests.Source(supplier, quote, "EUR", "NET 30"),
                request(null, null),
                lines("A", "10.00", "B", "5.50"),
                LATER,
                TODAY);

        assertEquals(supplier, order.supplierId());
        assertEquals(quote, order.quoteId());
        assertEquals("EUR", order.currency());
        assertEquals("IT", order.costCenter());
        assertEquals(TODAY, order.orderDate());
        assertEquals(LocalDate.of(2026, 4, 1), order.expectedDeliveryDate());
        assertEquals("NET 30", order.paymentTerms());
        assertEquals("rush", order.notes());
        assertEquals(LATER, order.updatedAt());
        assertEquals(2, order.lines().size());
        assertEquals(new BigDecimal("31.00"), order.totals().subtotal());
        assertEquals(new BigDecimal("7.13"), order.totals().taxTotal());
        assertEquals(new BigDecimal("38.13"), order.totals().total());
    }

    @Test
    void describeKeepsAGivenDateAndTermsAndReplacesTheLines() {
        PurchaseOrder order = draft();
        OrderRequests.Source source = new OrderRequests.Source(UUID.randomUUID(), null, "EUR", "NET 30");
        order.describe(source, request(null, null), lines("A", "10.00", "B", "5.50"), CREATED, TODAY);

        order.describe(source, request(LocalDate.of(2026, 2, 27), "NET 60"), lines("C", "1.00"), LATER, TODAY);

        assertEquals(LocalDate.of(2026, 2, 27), order.orderDate());
        assertEquals("NET 60", order.paymentTerms());
        assertEquals(
                List.of("C"), order.lines().stream().map(LineItem::itemCode).toList());
        assertEquals(new BigDecimal("2.46"), order.totals().total());
        assertEquals(LATER, order.updatedAt());
    }

    @Test
    void theHappyPathStampsEachStepWithTheTimeItIsGiven() {
        PurchaseOrder order = draft();
        UUID submitter = UUID.randomUUID();
        Instant submitted = Instant.parse("2026-03-02T08:00:00Z");
        Instant approved = Instant.parse("2026-03-03T08:00:00Z");
        Instant sent = Instant.parse("2026-03-04T08:00:00Z");
        Instant partly = Instant.parse("2026-03-05T08:00:00Z");
        Instant fully = Instant.parse("2026-03-06T08:00:00Z");
        Instant closed = Instant.parse("2026-03-07T08:00:00Z");

        order.submit(submitter, submitted);
        assertEquals(Status.PENDING_APPROVAL, order.status());
        assertEquals(submitter, order.submittedBy());
        assertEquals(submitted, order.submittedAt());
        order.approve(approved);
        assertEquals(approved, order.approvedAt());
        order.send(sent);
        assertEquals(sent, order.sentAt());
        order.received(false, partly);
        assertEquals(Status.PARTIALLY_RECEIVED, order.status());
        assertEquals(partly, order.updatedAt());
        order.received(false, partly.plusSeconds(1));
        assertEquals(Status.PARTIALLY_RECEIVED, order.status());
        order.received(true, fully);
        assertEquals(Status.RECEIVED, order.status());
        assertEquals(fully, order.updatedAt());
        order.close(closed);
        assertEquals(Status.CLOSED, order.status());
        assertEquals(closed, order.updatedAt());
        assertEquals(approved, order.approvedAt(), "later steps leave earlier stamps alone");
        assertEquals(CREATED, order.createdAt());
    }

    @Test
    void aRejectionReturnsTheOrderToDraftWithFeedbackThatTheNextSubmissionClears() {
        PurchaseOrder order = orderIn(Status.PENDING_APPROVAL);

        order.reject("too expensive", LATER);

        assertEquals(Status.DRAFT, order.status());
        assertEquals("too expensive", order.rejectionFeedback());
        assertEquals(LATER, order.updatedAt());
        assertNull(order.approvedAt());

        order.submit(BUYER, LATER.plusSeconds(60));
        assertEquals(Status.PENDING_APPROVAL, order.status());
        assertNull(order.rejectionFeedback());
        assertEquals(LATER.plusSeconds(60), order.submittedAt());
    }

    @Test
    void editingIsForDraftsOnly() {
        draft().requireDraft("edited");

        var refused = assertThrows(
                Failure.InvalidTransition.class, () -> orderIn(Status.APPROVED).requireDraft("edited"));
        assertEquals(ProblemType.INVALID_TRANSITION, refused.type());
        assertEquals("approved", refused.facts().get("current_status"));
        assertEquals("Purchase order PO-000001 is approved; it cannot be edited", refused.getMessage());
    }

    /** Each action of the entity, the status it leads to, and the statuses it is allowed from. */
    enum Action {
        SUBMIT(Status.PENDING_APPROVAL, (o, at) -> o.submit(BUYER, at), Status.DRAFT),
        APPROVE(Status.APPROVED, (o, at) -> o.approve(at), Status.PENDING_APPROVAL),
        REJECT(Status.DRAFT, (o, at) -> o.reject("no", at), Status.PENDING_APPROVAL),
        SEND(Status.SENT, (o, at) -> o.send(at), Status.APPROVED),
        // From received too: goods rejected on inspection leave the order short (the receipt service
        // itself takes receipts only against sent and partially received orders).
        RECEIVE_PART(
                Status.PARTIALLY_RECEIVED,
                (o, at) -> o.received(false, at),
                Status.SENT,
                Status.PARTIALLY_RECEIVED,
                Status.RECEIVED),
        RECEIVE_ALL(Status.RECEIVED, (o, at) -> o.received(true, at), Status.SENT, Status.PARTIALLY_RECEIVED),
        CLOSE(Status.CLOSED, (o, at) -> o.close(at), Status.SENT, Status.PARTIALLY_RECEIVED, Status.RECEIVED),
        CANCEL(Status.CANCELLED, (o, at) -> o.cancel(at), Status.DRAFT, Status.APPROVED);

        final Status target;
        final BiConsumer<PurchaseOrder, Instant> perform;
        final Set<Status> allowedFrom;

        Action(Status target, BiConsumer<PurchaseOrder, Instant> perform, Status first, Status... rest) {
            this.target = target;
            this.perform = perform;
            this.allowedFrom = EnumSet.of(first, rest);
        }
    }

    static Stream<Arguments> everyActionFromEveryStatus() {
        return Stream.of(Action.values())
                .flatMap(action -> Stream.of(Status.values()).map(from -> Arguments.of(action, from)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyActionFromEveryStatus")
    void eachActionMovesOnlyFromTheStatusesThatAllowIt(Action action, Status from) {
        PurchaseOrder order = orderIn(from);
        Instant before = order.updatedAt();

        if (action.allowedFrom.contains(from)) {
            action.perform.accept(order, LATER);
            assertEquals(action.target, order.status());
            assertEquals(LATER, order.updatedAt());
        } else {
            var refused = assertThrows(Failure.InvalidTransition.class, () -> action.perform.accept(order, LATER));
            assertEquals(ProblemType.INVALID_TRANSITION, refused.type());
            assertEquals(PurchaseOrder.MACHINE.column(from), refused.facts().get("current_status"));
            assertEquals(from, order.status(), "a refused move leaves the status");
            assertEquals(before, order.updatedAt(), "a refused move leaves the time");
        }
    }

    @Test
    void theStatusGroupsCountWhatTheirNamesSay() {
        assertEquals(EnumSet.complementOf(EnumSet.of(Status.DRAFT, Status.CANCELLED)), PurchaseOrder.SUBMITTED);
        assertTrue(PurchaseOrder.SUBMITTED.contains(Status.PENDING_APPROVAL));
        assertTrue(!PurchaseOrder.PLACED.contains(Status.PENDING_APPROVAL));
        assertTrue(PurchaseOrder.PLACED.contains(Status.CLOSED));
        assertTrue(PurchaseOrder.NOT_CANCELLED.contains(Status.DRAFT));
        assertTrue(!PurchaseOrder.OPEN.contains(Status.CLOSED));
        assertTrue(PurchaseOrder.OPEN.contains(Status.RECEIVED));
    }

    @Test
    void aReceivedOrderLeftShortByAnInspectionIsPartiallyReceivedAgain() {
        PurchaseOrder order = orderIn(Status.RECEIVED);

        order.inspectedShort(true, LATER);
        assertEquals(Status.RECEIVED, order.status(), "still complete: nothing moves");

        order.inspectedShort(false, LATER);
        assertEquals(Status.PARTIALLY_RECEIVED, order.status());
        assertEquals(LATER, order.updatedAt());
    }

    @Test
    void anInspectionLeavesAClosedOrderClosed() {
        PurchaseOrder order = orderIn(Status.CLOSED);

        order.inspectedShort(false, LATER);

        assertEquals(Status.CLOSED, order.status());
    }
}
