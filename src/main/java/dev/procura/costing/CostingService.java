package dev.procura.costing;

import dev.procura.costing.CostingViews.ChargeView;
import dev.procura.costing.CostingViews.JournalView;
import dev.procura.costing.CostingViews.LandedCostView;
import dev.procura.costing.CostingViews.LandedLineView;
import dev.procura.platform.buying.GoodsReceipts;
import dev.procura.platform.buying.InvoicedGoods;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.ledger.TaxCodes;
import dev.procura.platform.ledger.TaxTerms;
import dev.procura.platform.masters.ItemCosts;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Costing of receipts and invoices: the charges of a receipt, its landed cost with the standard cost
 * variance, and the journals a receipt and an invoice would post (previews: nothing is posted).
 */
@ApplicationScoped
public class CostingService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    GoodsReceipts receipts;

    @Inject
    InvoicedGoods invoices;

    @Inject
    ItemCosts items;

    @Inject
    TaxCodes taxCodes;

    @Inject
    CostingMoney money;

    @Inject
    StandardCosts standards;

    @Inject
    PostingAccountService postingAccounts;

    @Inject
    CostingRepository repository;

    @Inject
    TenantOutbox outbox;

    public ChargeView addCharge(UUID actor, UUID receiptId, ChargeRequests.Add request) {
        return tenantData.call(tx -> {
            GoodsReceipts.Received receipt = receipt(tx, receiptId);
            money.requireActive(tx, request.currency());
            Map<Integer, BigDecimal> weights = weights(request, receipt);
            ReceiptCharge charge = new ReceiptCharge(receiptId, request, weights, actor, tx.now());
            tx.em().persist(charge);
            // The charge must split over the lines as they are now: refused here rather than when read.
            landed(tx, receipt, append(repository.charges(tx.em(), receiptId), charge));
            outbox.publish(tx, "receipt.charge_added", receiptId.toString(), actor, chargeEvent(charge));
            return ChargeView.of(charge);
        });
    }

    public List<ChargeView> charges(UUID receiptId) {
        return tenantData.call(tx -> {
            receipt(tx, receiptId);
            return repository.charges(tx.em(), receiptId).stream()
                    .map(ChargeView::of)
                    .toList();
        });
    }

    public void removeCharge(UUID actor, UUID receiptId, UUID chargeId) {
        tenantData.call(tx -> {
            receipt(tx, receiptId);
            ReceiptCharge charge = tx.em().find(ReceiptCharge.class, chargeId);
            if (charge == null || !charge.receiptId().equals(receiptId)) {
                throw new Failure.NotFound("No charge " + chargeId + " on receipt " + receiptId);
            }
            tx.em().remove(charge);
            outbox.publish(tx, "receipt.charge_removed", receiptId.toString(), actor, chargeEvent(charge));
            return null;
        });
    }

    public LandedCostView landedCost(UUID receiptId) {
        return tenantData.call(tx -> {
            GoodsReceipts.Received receipt = receipt(tx, receiptId);
            List<ReceiptCharge> charges = repository.charges(tx.em(), receiptId);
            List<LandedCost.Line> lines = landed(tx, receipt, charges);
            String tenant = money.tenantCurrency(tx);
            List<LandedLineView> views = new ArrayList<>();
            BigDecimal value = BigDecimal.ZERO;
            BigDecimal charged = BigDecimal.ZERO;
            for (LandedCost.Line line : lines) {
                Map<String, BigDecimal> byType = new TreeMap<>();
                line.shares().forEach(s -> byType.merge(s.type(), s.tenantAmount(), BigDecimal::add));
                BigDecimal standard = standards.of(tx, line.goods(), receipt.receivedOn());
                views.add(new LandedLineView(
                        line.goods().line(),
                        line.goods().itemCode(),
                        line.goods().description(),
                        line.goods().quantity(),
                        line.goods().unit(),
                        line.goods().unitPrice(),
                        line.value(),
                        line.tenantValue(),
                        byType,
                        line.tenantCharges(),
                        line.tenantLanded(),
                        line.unitCost(),
                        standard,
                        standard == null ? null : line.tenantLanded().subtract(standard)));
                value = value.add(line.tenantValue());
                charged = charged.add(line.tenantCharges());
            }
            return new LandedCostView(
                    receipt.receiptId(),
                    receipt.number(),
                    receipt.orderId(),
                    receipt.orderNumber(),
                    receipt.receivedOn(),
                    receipt.currency(),
                    tenant,
                    views,
                    charges.stream().map(ChargeView::of).toList(),
                    value,
                    charged,
                    value.add(charged));
        });
    }

    public JournalView receiptPostings(UUID receiptId) {
        return tenantData.call(tx -> {
            GoodsReceipts.Received receipt = receipt(tx, receiptId);
            List<LandedCost.Charge> charges = repository.charges(tx.em(), receiptId).stream()
                    .map(ReceiptCharge::charge)
                    .toList();
            List<LandedCost.Line> lines = landedLines(tx, receipt, charges);
            Predicate<String> isStock = stock(
                    tx,
                    receipt.lines().stream()
                            .map(GoodsReceipts.ReceivedLine::itemCode)
                            .toList());
            var accounts = postingAccounts.require(tx, ReceiptJournal.roles(lines, charges, isStock));
            String tenant = money.tenantCurrency(tx);
            List<JournalLine> journal = ReceiptJournal.of(
                    lines, charges, isStock, accounts, new JournalDraft(tenant, money.on(tx, receipt.receivedOn())));
            return JournalView.of(
                    "receipt", receipt.receiptId(), receipt.number(), receipt.receivedOn(), tenant, journal);
        });
    }

    public JournalView invoicePostings(UUID invoiceId) {
        return tenantData.call(tx -> {
            InvoicedGoods.Invoiced invoice = invoices.invoice(tx, invoiceId)
                    .orElseThrow(() -> new Failure.NotFound("No invoice " + invoiceId + " in this tenant"));
            Predicate<String> isStock = stock(
                    tx,
                    invoice.lines().stream()
                            .map(InvoicedGoods.InvoicedLine::itemCode)
                            .toList());
            Set<PostingRole> roles =
                    EnumSet.of(PostingRole.GRIR_CLEARING, PostingRole.PRICE_VARIANCE, PostingRole.PAYABLES);
            Map<InvoicedGoods.InvoicedLine, InvoiceJournal.Tax> taxes = new LinkedHashMap<>();
            for (InvoicedGoods.InvoicedLine line : invoice.lines()) {
                roles.add(isStock.test(line.itemCode()) ? PostingRole.INVENTORY : PostingRole.EXPENSE);
                if (line.taxCode() == null && line.tax() != null && line.tax().signum() != 0) {
                    roles.add(PostingRole.INPUT_TAX);
                }
            }
            var accounts = postingAccounts.require(tx, roles);
            for (InvoicedGoods.InvoicedLine line : invoice.lines()) {
                taxes.put(line, tax(tx, line, invoice, accounts));
            }
            String tenant = money.tenantCurrency(tx);
            List<JournalLine> journal = InvoiceJournal.of(
                    invoice.currency(),
                    money.decimals(tx, invoice.currency()),
                    invoice.lines(),
                    isStock,
                    taxes::get,
                    accounts,
                    new JournalDraft(tenant, money.on(tx, invoice.invoiceDate())));
            return JournalView.of(
                    "invoice", invoice.invoiceId(), invoice.number(), invoice.invoiceDate(), tenant, journal);
        });
    }

    /** The landed lines of a receipt with these charges; a charge that cannot be split is a 400. */
    List<LandedCost.Line> landed(TenantTx tx, GoodsReceipts.Received receipt, List<ReceiptCharge> charges) {
        return landedLines(
                tx, receipt, charges.stream().map(ReceiptCharge::charge).toList());
    }

    private List<LandedCost.Line> landedLines(
            TenantTx tx, GoodsReceipts.Received receipt, List<LandedCost.Charge> charges) {
        List<LandedCost.Goods> goods = goods(receipt);
        try {
            return LandedCost.of(
                    goods,
                    charges,
                    c -> money.decimals(tx, c),
                    money.on(tx, receipt.receivedOn()),
                    money.tenantCurrency(tx));
        } catch (IllegalArgumentException e) {
            throw new Failure.InvalidInput(
                    "basis", "the receipt's lines have no value, quantity or weight to spread the charge over");
        }
    }

    static List<LandedCost.Goods> goods(GoodsReceipts.Received receipt) {
        return receipt.lines().stream()
                .map(l -> new LandedCost.Goods(
                        l.line(),
                        l.itemCode(),
                        l.description(),
                        l.accepted(),
                        l.unit(),
                        l.unitPrice(),
                        receipt.currency()))
                .toList();
    }

    private InvoiceJournal.Tax tax(
            TenantTx tx,
            InvoicedGoods.InvoicedLine line,
            InvoicedGoods.Invoiced invoice,
            Map<PostingRole, PostingAccount> accounts) {
        if (line.taxCode() == null) {
            return new InvoiceJournal.Tax(
                    TaxTerms.bare(line.taxRate() == null ? BigDecimal.ZERO : line.taxRate()),
                    accounts.get(PostingRole.INPUT_TAX));
        }
        TaxTerms terms = taxCodes.resolve(tx, line.taxCode(), invoice.invoiceDate())
                .orElseThrow(() -> new Failure.Conflict(
                        dev.procura.platform.failures.ProblemType.TAX_CODE_NOT_APPLICABLE,
                        "Tax code " + line.taxCode() + " of line " + line.line() + " has no rate valid on "
                                + invoice.invoiceDate() + " or is inactive",
                        Map.of("tax_code", line.taxCode(), "line", line.line())));
        PostingAccount account = terms.inputTaxAccountId() == null
                ? null
                : postingAccounts.account(tx, terms.inputTaxAccountId()).orElse(null);
        if (account == null) {
            account = postingAccounts
                    .require(tx, EnumSet.of(PostingRole.INPUT_TAX))
                    .get(PostingRole.INPUT_TAX);
        }
        return new InvoiceJournal.Tax(terms, account);
    }

    private Predicate<String> stock(TenantTx tx, List<String> itemCodes) {
        Map<String, ItemCosts.ItemCost> known = items.of(
                tx,
                itemCodes.stream().filter(java.util.Objects::nonNull).distinct().toList());
        return code ->
                code == null || !known.containsKey(code) || known.get(code).isStock();
    }

    private GoodsReceipts.Received receipt(TenantTx tx, UUID receiptId) {
        return receipts.receipt(tx, receiptId)
                .orElseThrow(() -> new Failure.NotFound("No receipt " + receiptId + " in this tenant"));
    }

    private static Map<Integer, BigDecimal> weights(ChargeRequests.Add request, GoodsReceipts.Received receipt) {
        Map<Integer, BigDecimal> weights = new TreeMap<>();
        boolean byWeight = "weight".equals(request.basis());
        if (!byWeight) {
            if (request.weights() != null && !request.weights().isEmpty()) {
                throw new Failure.InvalidInput("weights", "are only for the weight basis");
            }
            return weights;
        }
        Set<Integer> lines = new java.util.TreeSet<>();
        receipt.lines().forEach(l -> lines.add(l.line()));
        if (request.weights() == null) {
            throw new Failure.InvalidInput("weights", "must give the weight of each receipt line " + lines);
        }
        request.weights().forEach((line, weight) -> {
            Integer number = line.matches("[0-9]{1,4}") ? Integer.valueOf(line) : null;
            if (number == null || !lines.contains(number)) {
                throw new Failure.InvalidInput("weights", "line " + line + " is not a line of the receipt " + lines);
            }
            weights.put(number, weight);
        });
        if (!weights.keySet().equals(lines)) {
            throw new Failure.InvalidInput("weights", "must give the weight of each receipt line " + lines);
        }
        return weights;
    }

    private static List<ReceiptCharge> append(List<ReceiptCharge> charges, ReceiptCharge charge) {
        List<ReceiptCharge> all = new ArrayList<>(charges);
        if (all.stream().noneMatch(c -> c.id().equals(charge.id()))) {
            all.add(charge);
        }
        return all;
    }

    private static Map<String, Object> chargeEvent(ReceiptCharge charge) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("receipt_id", charge.receiptId());
        data.put("charge_id", charge.id());
        data.put("type", charge.type());
        data.put("amount", charge.amount());
        data.put("currency", charge.currency());
        data.put("basis", charge.basis());
        return data;
    }
}
