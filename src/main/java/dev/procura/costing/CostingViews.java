package dev.procura.costing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of costing: charges, landed cost, cost variance, posting accounts and posting previews. */
public final class CostingViews {

    private CostingViews() {}

    @Schema(name = "ReceiptCharge")
    public record ChargeView(
            UUID id,
            UUID receiptId,

            @Schema(enumeration = {"freight", "duty", "insurance", "other"})
            String type,

            String description,
            @Schema(example = "250.00") BigDecimal amount,
            @Schema(example = "USD") String currency,

            @Schema(enumeration = {"value", "quantity", "weight"})
            String basis,

            @Schema(description = "Weights by receipt line; empty unless the basis is weight")
            Map<String, BigDecimal> weights,

            UUID createdBy,
            Instant createdAt) {
        static ChargeView of(ReceiptCharge charge) {
            Map<String, BigDecimal> weights = new TreeMap<>();
            charge.weights().forEach((line, weight) -> weights.put(String.valueOf(line), weight));
            return new ChargeView(
                    charge.id(),
                    charge.receiptId(),
                    charge.type(),
                    charge.description(),
                    charge.amount(),
                    charge.currency(),
                    charge.basis(),
                    weights,
                    charge.createdBy(),
                    charge.createdAt());
        }
    }

    @Schema(name = "LandedCostLine")
    public record LandedLineView(
            int line,
            String itemCode,
            String description,

            @Schema(description = "Accepted quantity, in the order line's unit")
            BigDecimal quantity,

            String unit,

            @Schema(description = "The order's unit price, in the order's currency")
            BigDecimal unitPrice,

            @Schema(description = "quantity × unit_price in the order's currency")
            BigDecimal value,

            @Schema(description = "The value in the tenant currency")
            BigDecimal tenantValue,

            @Schema(description = "The line's share of each charge type, in the tenant currency")
            Map<String, BigDecimal> charges,

            BigDecimal tenantCharges,

            @Schema(description = "tenant_value + tenant_charges")
            BigDecimal landedCost,

            @Schema(description = "landed_cost / quantity, 6 decimals; null for nothing accepted")
            BigDecimal unitCost,

            @Schema(description = "The item's standard cost of the quantity, in the tenant currency; null without one")
            BigDecimal standardCost,

            @Schema(description = "landed_cost − standard_cost (positive: dearer than standard)")
            BigDecimal variance) {}

    @Schema(name = "LandedCost")
    public record LandedCostView(
            UUID receiptId,
            String receiptNumber,
            UUID purchaseOrderId,
            String orderNumber,
            LocalDate receivedOn,
            @Schema(description = "The order's currency") String currency,
            String tenantCurrency,
            List<LandedLineView> lines,
            List<ChargeView> charges,
            BigDecimal tenantValue,
            BigDecimal tenantCharges,
            BigDecimal landedCost) {}

    @Schema(name = "CostVariance")
    public record VarianceView(
            String itemCode,

            @Schema(description = "The item's base unit, in which quantities and unit costs are given")
            String unit,

            int receipts,
            BigDecimal quantity,

            @Schema(description = "Landed cost of the quantity, in the tenant currency")
            BigDecimal actualCost,

            BigDecimal actualUnitCost,

            @Schema(description = "Standard cost per base unit in the tenant currency; null without one")
            BigDecimal standardUnitCost,

            BigDecimal standardCost,

            @Schema(description = "actual_cost − standard_cost")
            BigDecimal variance,

            @Schema(description = "variance / standard_cost × 100, 2 decimals")
            BigDecimal variancePercent) {}

    @Schema(name = "CostVariances")
    public record VariancesView(LocalDate from, LocalDate to, String tenantCurrency, List<VarianceView> items) {}

    @Schema(name = "PostingAccountRef")
    public record AccountRef(UUID id, String code, String name) {}

    @Schema(name = "PostingAccounts")
    public record PostingAccountsView(
            @Schema(description = "The account of each assigned role")
            Map<String, AccountRef> accounts,

            @Schema(description = "Roles without an active postable account")
            List<String> missing) {}

    @Schema(name = "PostingTotal")
    public record TotalView(String currency, BigDecimal debit, BigDecimal credit) {}

    @Schema(name = "PostingPreview")
    public record JournalView(
            @Schema(enumeration = {"receipt", "invoice"}) String document,
            UUID documentId,
            String number,

            @Schema(
                    description =
                            "The receipt's received date or the invoice date: the rates used are those valid then")
            LocalDate postingDate,

            String tenantCurrency,
            List<JournalLine> lines,

            @Schema(description = "Debits and credits per transaction currency")
            List<TotalView> totals,

            @Schema(description = "Debits and credits in the tenant currency")
            TotalView tenantTotal,

            @Schema(description = "Debits equal credits in every transaction currency and in the tenant currency")
            boolean balanced) {

        static JournalView of(
                String document,
                UUID id,
                String number,
                LocalDate date,
                String tenantCurrency,
                List<JournalLine> lines) {
            Map<String, BigDecimal[]> sums = new TreeMap<>();
            BigDecimal tenantDebit = BigDecimal.ZERO;
            BigDecimal tenantCredit = BigDecimal.ZERO;
            for (JournalLine line : lines) {
                BigDecimal[] sum =
                        sums.computeIfAbsent(line.currency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(line.debit());
                sum[1] = sum[1].add(line.credit());
                tenantDebit = tenantDebit.add(line.tenantDebit());
                tenantCredit = tenantCredit.add(line.tenantCredit());
            }
            List<TotalView> totals = sums.entrySet().stream()
                    .map(e -> new TotalView(e.getKey(), e.getValue()[0], e.getValue()[1]))
                    .toList();
            boolean balanced = tenantDebit.compareTo(tenantCredit) == 0
                    && totals.stream().allMatch(t -> t.debit().compareTo(t.credit()) == 0);
            return new JournalView(
                    document,
                    id,
                    number,
                    date,
                    tenantCurrency,
                    lines,
                    totals,
                    new TotalView(tenantCurrency, tenantDebit, tenantCredit),
                    balanced);
        }
    }
}
