package dev.procura.plans;

import dev.procura.plans.UsageViews.BillingExportView;
import dev.procura.plans.UsageViews.BillingLine;
import dev.procura.plans.UsageViews.PlatformUsageView;
import dev.procura.platform.quotas.Meter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The billing lines of a period: one per tenant and metered meter, its value exactly the metered
 * total (sums of monthly meters, the highest daily reading of counts), plus a subscription line
 * for per-company and flat plans. The plan's billing model says which line it bills: members for
 * per user, transactions for per transaction, the subscription otherwise.
 */
@ApplicationScoped
public class BillingExport {

    static final String SUBSCRIPTION = "subscription";

    @Inject
    Clock clock;

    @Inject
    UsageService usage;

    public BillingExportView of(String period) {
        YearMonth month = usage.period(period);
        Map<UUID, Map<String, Long>> metered = new TreeMap<>();
        for (PlatformUsageView tenant : usage.totals(month)) {
            metered.put(tenant.tenantId(), tenant.meters());
        }
        Map<UUID, Plan> plans = usage.plansAtEnd(month);
        Instant now = clock.instant();
        Instant end = BillingPeriod.end(month);
        Instant timestamp = end.isAfter(now) ? now : end;
        List<BillingLine> lines = new ArrayList<>();
        for (UUID tenantId : new TreeSet<>(union(metered.keySet(), plans.keySet()))) {
            Plan plan = plans.get(tenantId);
            Map<String, Long> meters = metered.getOrDefault(tenantId, Map.of());
            meters.forEach((meter, value) -> lines.add(line(month, tenantId, meter, value, plan, timestamp)));
            if (plan != null && SUBSCRIPTION.equals(billedMeter(plan))) {
                lines.add(line(month, tenantId, SUBSCRIPTION, 1, plan, timestamp));
            }
        }
        return new BillingExportView(month.toString(), now, lines);
    }

    private static List<UUID> union(java.util.Set<UUID> a, java.util.Set<UUID> b) {
        List<UUID> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The line the plan's billing model charges for. */
    static String billedMeter(Plan plan) {
        return switch (plan.billingModel()) {
            case "per_user" -> Meter.MEMBERS.wireName();
            case "per_transaction" -> Meter.TRANSACTIONS.wireName();
            default -> SUBSCRIPTION;
        };
    }

    private static BillingLine line(YearMonth month, UUID tenantId, String meter, long value, Plan plan, Instant at) {
        boolean billable = plan != null && billedMeter(plan).equals(meter);
        BigDecimal unitPrice = plan == null ? null : plan.unitPrice();
        BigDecimal amount = billable ? unitPrice.multiply(BigDecimal.valueOf(value)) : BigDecimal.ZERO;
        return new BillingLine(
                month + ":" + tenantId + ":" + meter,
                "procura_" + meter,
                tenantId,
                month.toString(),
                meter,
                value,
                at,
                plan == null ? null : plan.code(),
                plan == null ? null : plan.billingModel(),
                billable,
                plan == null ? null : plan.currency(),
                unitPrice,
                amount);
    }

    /** The lines as CSV (RFC 4180), a header first. */
    static String csv(BillingExportView export) {
        StringBuilder out = new StringBuilder(
                "identifier,event_name,customer,period,meter,value,timestamp,plan,billing_model,billable,currency,unit_price,amount\r\n");
        for (BillingLine line : export.lines()) {
            List<Object> cells = List.of(
                    line.identifier(),
                    line.eventName(),
                    line.customer(),
                    line.period(),
                    line.meter(),
                    line.value(),
                    line.timestamp(),
                    text(line.plan()),
                    text(line.billingModel()),
                    line.billable(),
                    text(line.currency()),
                    text(line.unitPrice() == null ? null : line.unitPrice().toPlainString()),
                    line.amount().toPlainString());
            out.append(String.join(
                            ",", cells.stream().map(c -> quoted(c.toString())).toList()))
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String quoted(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
