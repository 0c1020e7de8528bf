package dev.procura.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.client.api.ApprovalsApi;
import dev.procura.client.api.BudgetsApi;
import dev.procura.client.api.InvoicesApi;
import dev.procura.client.api.PurchaseOrdersApi;
import dev.procura.client.api.QuotesApi;
import dev.procura.client.api.RfqsApi;
import dev.procura.client.api.SuppliersApi;
import dev.procura.client.model.Approval;
import dev.procura.client.model.ApprovalDecision;
import dev.procura.client.model.BudgetRequest;
import dev.procura.client.model.BudgetStatus;
import dev.procura.client.model.ComparedQuote;
import dev.procura.client.model.Invoice;
import dev.procura.client.model.InvoiceRequest;
import dev.procura.client.model.LineRequest;
import dev.procura.client.model.LineView;
import dev.procura.client.model.Offer;
import dev.procura.client.model.PurchaseOrder;
import dev.procura.client.model.PurchaseOrderRequest;
import dev.procura.client.model.Quote;
import dev.procura.client.model.QuoteComparison;
import dev.procura.client.model.QuoteRequest;
import dev.procura.client.model.Receipt;
import dev.procura.client.model.ReceiptLineRequest;
import dev.procura.client.model.ReceiptRequest;
import dev.procura.client.model.Rfq;
import dev.procura.client.model.RfqRequest;
import dev.procura.client.model.Supplier;
import dev.procura.client.model.SupplierContact;
import dev.procura.client.model.SupplierDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The whole buying cycle through the client generated from docs/openapi.json: its API classes and
 * models only, no hand-written JSON. What the document promises is what a client can rely on.
 */
@MicroShedTest
class BuyingCycleClientIT {

    /** Business dates are days in the tenant's zone, UTC by default. */
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static final String COST_CENTER = "IT";

    private static void assertMoney(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual);
    }

    /** A line of ten; priced lines carry 23% VAT. */
    private static LineRequest line(String itemCode, String unitPrice) {
        LineRequest line = new LineRequest()
                .itemCode(itemCode)
                .description(itemCode + " item")
                .quantity(new BigDecimal("10"))
                .unit("ea");
        return unitPrice == null
                ? line
                : line.unitPrice(new BigDecimal(unitPrice)).taxRate(new BigDecimal("23"));
    }

    private static Supplier supplier(Team team, String code) throws ApiException {
        Supplier supplier = new SuppliersApi(team.buyer().client())
                .supplierCreate(
                        team.tenantId(),
                        new SupplierDetails()
                                .code(code)
                                .legalName(code + " Supplies Ltd")
                                .currency("EUR")
                                .country("PT")
                                .paymentTerms("NET 30")
                                .categories(List.of("it"))
                                .contacts(List.of(new SupplierContact()
                                        .name("Ana Sales")
                                        .email("ana@" + code.toLowerCase(Locale.ROOT) + ".example")
                                        .role("sales"))));
        assertEquals(code, supplier.getCode());
        assertEquals(Supplier.StatusEnum.ACTIVE, supplier.getStatus());
        return supplier;
    }

    private static Rfq sentRfq(Team team, Supplier... invited) throws ApiException {
        RfqsApi rfqs = new RfqsApi(team.buyer().client());
        List<UUID> supplierIds = Arrays.stream(invited).map(Supplier::getId).toList();
        Rfq draft = rfqs.rfqCreate(
                team.tenantId(),
                new RfqRequest()
                        .title("Laptops for Lisbon")
                        .currency("EUR")
                        .dueDate(TODAY.plusDays(5))
                        .neededBy(TODAY.plusDays(20))
                        .supplierIds(supplierIds)
                        .lines(List.of(line("LAP-14", null), line("DOCK-1", null))));
        assertEquals(Rfq.StatusEnum.DRAFT, draft.getStatus());
        assertTrue(draft.getNumber().matches("RFQ-\\d{6}"), draft.getNumber());
        assertEquals(supplierIds, draft.getSupplierIds());
        assertEquals(
                List.of(1, 2), draft.getLines().stream().map(LineView::getLine).toList());

        Rfq sent = rfqs.rfqSend(team.tenantId(), draft.getId());
        assertEquals(draft.getId(), sent.getId());
        assertEquals(Rfq.StatusEnum.SENT, sent.getStatus());
        assertNotNull(sent.getSentAt());
        return sent;
    }

    private static Quote quote(Team team, Rfq rfq, Supplier supplier, int leadTimeDays, String laptop, String dock)
            throws ApiException {
        Quote quote = new QuotesApi(team.buyer().client())
                .quoteRecord(
                        team.tenantId(),
                        new QuoteRequest()
                                .rfqId(rfq.getId())
                                .supplierId(supplier.getId())
                                .currency("EUR")
                                .validUntil(TODAY.plusDays(30))
                                .leadTimeDays(leadTimeDays)
                                .lines(List.of(line("LAP-14", laptop), line("DOCK-1", dock))));
        assertEquals(Quote.StatusEnum.RECEIVED, quote.getStatus());
        assertEquals(rfq.getId(), quote.getRfqId());
        assertEquals(supplier.getId(), quote.getSupplierId());
        assertEquals(Boolean.FALSE, quote.getExpired());
        return quote;
    }

    /** The suppliers whose offer for the item is marked lowest. */
    private static List<String> cheapestFor(QuoteComparison comparison, String itemCode) {
        return comparison.getLines().stream()
                .filter(line -> itemCode.equals(line.getItemCode()))
                .flatMap(line -> line.getOffers().stream())
                .filter(offer -> Boolean.TRUE.equals(offer.getLowest()))
                .map(Offer::getSupplierCode)
                .toList();
    }

    private static void assertComparison(Team team, Rfq rfq, Quote cheaper, Quote faster) throws ApiException {
        QuoteComparison comparison = new RfqsApi(team.buyer().client()).rfqComparison(team.tenantId(), rfq.getId());
        assertEquals(rfq.getId(), comparison.getRfqId());
        assertEquals(rfq.getNumber(), comparison.getNumber());
        assertEquals(2, comparison.getSuppliersInvited());
        assertEquals(
                List.of(cheaper.getId(), faster.getId()),
                comparison.getQuotes().stream().map(ComparedQuote::getQuoteId).toList(),
                "quotes ranked by total, the cheaper first");
        assertTrue(comparison.getQuotes().stream().allMatch(q -> Boolean.TRUE.equals(q.getComplete())));
        assertEquals(cheaper.getId(), comparison.getLowestTotalQuoteId());
        assertEquals(faster.getId(), comparison.getFastestQuoteId());
        assertEquals(List.of("ACME"), cheapestFor(comparison, "LAP-14"));
        assertEquals(List.of("GLOBEX"), cheapestFor(comparison, "DOCK-1"), "149.50 beats 150.00");
    }

    /** Two suppliers quote on an RFQ; the buyer compares and accepts the cheaper quote, which awards the RFQ. */
    private static Quote awardedQuote(Team team) throws ApiException {
        Supplier acme = supplier(team, "ACME");
        Supplier globex = supplier(team, "GLOBEX");
        Rfq rfq = sentRfq(team, acme, globex);
        // GLOBEX, faster but dearer, quotes first: the comparison's ranking is its own, not the order of arrival.
        Quote globexQuote = quote(team, rfq, globex, 3, "1100.00", "149.50");
        Quote acmeQuote = quote(team, rfq, acme, 10, "1000.00", "150.00");
        // ACME: 10 × 1000 + 10 × 150 = 11500 net, 23% VAT 2645; GLOBEX: 12495 net, 2873.85 VAT.
        assertMoney("11500.00", acmeQuote.getSubtotal());
        assertMoney("2645.00", acmeQuote.getTaxTotal());
        assertMoney("14145.00", acmeQuote.getTotal());
        assertMoney("15368.85", globexQuote.getTotal());
        assertComparison(team, rfq, acmeQuote, globexQuote);

        QuotesApi quotes = new QuotesApi(team.buyer().client());
        Quote accepted = quotes.quoteAccept(team.tenantId(), acmeQuote.getId());
        assertEquals(Quote.StatusEnum.ACCEPTED, accepted.getStatus());
        assertEquals(
                Quote.StatusEnum.REJECTED,
                quotes.quoteGet(team.tenantId(), globexQuote.getId()).getStatus());
        Rfq awarded = new RfqsApi(team.buyer().client()).rfqGet(team.tenantId(), rfq.getId());
        assertEquals(Rfq.StatusEnum.AWARDED, awarded.getStatus());
        assertEquals(acmeQuote.getId(), awarded.getAwardedQuoteId());
        return accepted;
    }

    private static PurchaseOrder orderFrom(Team team, Quote quote) throws ApiException {
        PurchaseOrder order = new PurchaseOrdersApi(team.buyer().client())
                .purchaseOrderCreate(
                        team.tenantId(),
                        new PurchaseOrderRequest()
                                .quoteId(quote.getId())
                                .costCenter(COST_CENTER)
                                .orderDate(TODAY)
                                .expectedDeliveryDate(TODAY.plusDays(10)));
        assertEquals(PurchaseOrder.StatusEnum.DRAFT, order.getStatus());
        assertTrue(order.getNumber().matches("PO-\\d{6}"), order.getNumber());
        assertEquals(quote.getId(), order.getQuoteId());
        assertEquals(quote.getSupplierId(), order.getSupplierId());
        assertEquals("EUR", order.getCurrency());
        assertEquals(TODAY, order.getOrderDate());
        assertEquals("NET 30", order.getPaymentTerms(), "the supplier's terms");
        assertEquals(
                List.of("LAP-14", "DOCK-1"),
                order.getLines().stream().map(LineView::getItemCode).toList());
        assertMoney("14145.00", order.getTotal());
        assertEquals(team.buyer().id(), order.getCreatedBy());
        return order;
    }

    /** The approval of the order waiting for this person's decision, if any. */
    private static Optional<Approval> waitingFor(Team.Person person, UUID tenantId, UUID orderId) throws ApiException {
        return new ApprovalsApi(person.client())
                .approvalPending(tenantId).stream()
                        .filter(a -> orderId.equals(a.getDocumentId()))
                        .findFirst();
    }

    /**
     * Submits the order and has it approved under the default policy: a level for the approver role,
     * and one for an admin above 10000. The buyer, as the requester, may decide at neither.
     */
    private static PurchaseOrder approved(Team team, PurchaseOrder order) throws ApiException {
        UUID tenantId = team.tenantId();
        PurchaseOrdersApi orders = new PurchaseOrdersApi(team.buyer().client());
        PurchaseOrder submitted = orders.purchaseOrderSubmit(tenantId, order.getId());
        assertEquals(PurchaseOrder.StatusEnum.PENDING_APPROVAL, submitted.getStatus());
        assertEquals(team.buyer().id(), submitted.getSubmittedBy());
        assertEquals(List.of(), submitted.getBudgetWarnings(), "a stop budget it fits in");

        Approval first = waitingFor(team.approver(), tenantId, order.getId())
                .orElseThrow(() -> new AssertionError("the approver has no approval of " + order.getNumber()));
        assertEquals("purchase_order", first.getDocumentType());
        assertEquals(Approval.StatusEnum.PENDING, first.getStatus());
        assertEquals(1, first.getLevel());
        assertEquals(2, first.getLevels());
        assertEquals(team.buyer().id(), first.getRequestedBy());
        assertEquals(List.of(team.approver().id()), first.getApprovers());
        assertEquals(Optional.empty(), waitingFor(team.secondAdmin(), tenantId, order.getId()), "not at level 1");

        Approval afterFirst = new ApprovalsApi(team.approver().client())
                .approvalApprove(tenantId, first.getId(), new ApprovalDecision().comment("Needed for the new team"));
        assertEquals(Approval.StatusEnum.PENDING, afterFirst.getStatus());
        assertEquals(2, afterFirst.getLevel());
        assertEquals(Optional.empty(), waitingFor(team.approver(), tenantId, order.getId()), "decided");

        Approval second = waitingFor(team.secondAdmin(), tenantId, order.getId())
                .orElseThrow(() -> new AssertionError("the second admin has no approval of " + order.getNumber()));
        assertEquals(first.getId(), second.getId());
        assertEquals(List.of(team.secondAdmin().id()), second.getApprovers(), "the admins but the requester");
        Approval completed = new ApprovalsApi(team.secondAdmin().client())
                .approvalApprove(tenantId, second.getId(), new ApprovalDecision());
        assertEquals(Approval.StatusEnum.COMPLETED, completed.getStatus());
        assertNotNull(completed.getCompletedAt());

        PurchaseOrder approved = orders.purchaseOrderGet(tenantId, order.getId());
        assertEquals(PurchaseOrder.StatusEnum.APPROVED, approved.getStatus());
        assertNotNull(approved.getApprovedAt());
        return approved;
    }

    private static Receipt receive(Team team, PurchaseOrder order, int line) throws ApiException {
        Receipt receipt = new PurchaseOrdersApi(team.buyer().client())
                .purchaseOrderReceive(
                        team.tenantId(),
                        order.getId(),
                        new ReceiptRequest()
                                .receivedOn(TODAY)
                                .lines(List.of(
                                        new ReceiptLineRequest().line(line).acceptedQuantity(new BigDecimal("10")))));
        assertEquals(order.getId(), receipt.getPurchaseOrderId());
        assertEquals(TODAY, receipt.getReceivedOn());
        assertEquals(team.buyer().id(), receipt.getReceivedBy());
        assertEquals(1, receipt.getLines().size());
        assertEquals(
                order.getLines().get(line - 1).getItemCode(),
                receipt.getLines().get(0).getItemCode());
        assertEquals(0, new BigDecimal("10").compareTo(receipt.getLines().get(0).getAcceptedQuantity()));
        return receipt;
    }

    /** Sends the order and receives it in two deliveries, one per line. */
    private static void sentAndReceived(Team team, PurchaseOrder order) throws ApiException {
        PurchaseOrdersApi orders = new PurchaseOrdersApi(team.buyer().client());
        PurchaseOrder sent = orders.purchaseOrderSend(team.tenantId(), order.getId());
        assertEquals(PurchaseOrder.StatusEnum.SENT, sent.getStatus());
        assertNotNull(sent.getSentAt());

        Receipt laptops = receive(team, order, 1);
        assertEquals(Receipt.OrderStatusEnum.PARTIALLY_RECEIVED, laptops.getOrderStatus());
        Receipt docks = receive(team, order, 2);
        assertEquals(Receipt.OrderStatusEnum.RECEIVED, docks.getOrderStatus());
        assertNotEquals(laptops.getNumber(), docks.getNumber());
        assertEquals(
                Set.of(laptops.getId(), docks.getId()),
                orders.purchaseOrderReceipts(team.tenantId(), order.getId()).stream()
                        .map(Receipt::getId)
                        .collect(Collectors.toSet()));
        assertEquals(
                PurchaseOrder.StatusEnum.RECEIVED,
                orders.purchaseOrderGet(team.tenantId(), order.getId()).getStatus());
    }

    /** The supplier bills what was ordered and received, at the quoted prices: the three-way match holds. */
    private static void matchedInvoice(Team team, PurchaseOrder order) throws ApiException {
        Invoice invoice = new InvoicesApi(team.buyer().client())
                .invoiceReceive(
                        team.tenantId(),
                        new InvoiceRequest()
                                .purchaseOrderId(order.getId())
                                .supplierInvoiceNumber("ACME-2026-001")
                                .currency("EUR")
                                .invoiceDate(TODAY)
                                .dueDate(TODAY.plusDays(30))
                                .lines(List.of(line("LAP-14", "1000.00"), line("DOCK-1", "150.00"))));
        assertEquals(Invoice.StatusEnum.MATCHED, invoice.getStatus(), invoice::toString);
        assertEquals(List.of(), invoice.getMismatches());
        assertNotNull(invoice.getMatchedAt());
        assertTrue(invoice.getNumber().matches("INV-\\d{6}"), invoice.getNumber());
        assertEquals(order.getId(), invoice.getPurchaseOrderId());
        assertEquals(order.getSupplierId(), invoice.getSupplierId());
        assertEquals(2, invoice.getLines().size());
        assertMoney("14145.00", invoice.getTotal());
    }

    private static void assertBudget(BudgetStatus status, String committed, String spent, String remaining) {
        assertEquals(COST_CENTER, status.getCostCenter());
        assertEquals("EUR", status.getCurrency());
        assertMoney("20000.00", status.getAmount());
        assertMoney(committed, status.getCommitted());
        assertMoney(spent, status.getSpent());
        assertMoney(remaining, status.getRemaining());
        assertEquals(BudgetStatus.ActionOnExceedEnum.STOP, status.getActionOnExceed());
    }

    @Test
    void aBuyerRunsTheWholeCycleWithTheGeneratedClientAndTheBudgetFollowsIt() throws ApiException {
        Team team = Team.signedUp();
        // Budgets and orders name an existing cost centre (added here without the generated client).
        dev.procura.support.Buying.costCentre(team.tenantId(), team.buyer().accessToken(), COST_CENTER);
        String period = YearMonth.from(TODAY).toString();
        BudgetsApi budgets = new BudgetsApi(team.buyer().client());
        BudgetStatus defined = budgets.budgetDefine(
                team.tenantId(),
                new BudgetRequest()
                        .costCenter(COST_CENTER)
                        .period(period)
                        .amount(new BigDecimal("20000"))
                        .currency("EUR")
                        .actionOnExceed(BudgetRequest.ActionOnExceedEnum.STOP));
        assertEquals(period, defined.getPeriod());
        assertBudget(defined, "0.00", "0.00", "20000.00");
        // The budget's id leads to its definition.
        assertEquals(
                COST_CENTER,
                budgets.budgetGet(team.tenantId(), defined.getBudgetId()).getCostCenter());

        PurchaseOrder order = approved(team, orderFrom(team, awardedQuote(team)));
        // Approved and not yet billed: the order's total is committed.
        BudgetStatus committed = budgets.budgetStatus(team.tenantId(), COST_CENTER, period);
        assertBudget(committed, "14145.00", "0.00", "5855.00");
        assertMoney("70.73", committed.getUtilisationPercent());

        sentAndReceived(team, order);
        matchedInvoice(team, order);
        // Billed in full: what was committed is now spent, and the remainder is unchanged.
        BudgetStatus spent = budgets.budgetStatus(team.tenantId(), COST_CENTER, period);
        assertBudget(spent, "0.00", "14145.00", "5855.00");
        assertMoney("70.73", spent.getUtilisationPercent());
    }
}
