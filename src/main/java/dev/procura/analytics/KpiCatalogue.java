package dev.procura.analytics;

import dev.procura.analytics.AnalyticsViews.Definition;
import java.util.List;

/**
 * What every analytics figure counts. The texts are the contract: the code computing a figure and
 * its test's hand-computed fixture follow them word for word.
 */
final class KpiCatalogue {

    static final String SUPPLIERS = "/analytics/suppliers";
    static final String SAVINGS = "/analytics/savings";
    static final String APPROVALS = "/analytics/approvals";
    static final String EXTRACTION = "/analytics/extraction";
    static final String CONVERSION = "/analytics/conversion";
    static final String PROCESSING = "/analytics/processing";

    static final List<Definition> ALL = List.of(
            new Definition(
                    "spend",
                    SUPPLIERS,
                    "Spend",
                    "amount",
                    "Net amount (before tax) of the purchase orders placed (approved, sent, partially received,"
                            + " received or closed) whose order date is in the period, each converted into the tenant"
                            + " currency at the rate valid on its order date, summed exactly and rounded once."),
            new Definition("orders", SUPPLIERS, "Orders", "count", "Purchase orders counted in spend."),
            new Definition(
                    "deliveries",
                    SUPPLIERS,
                    "Deliveries",
                    "count",
                    "Receipts whose receipt date is in the period, on orders of any status."),
            new Definition(
                    "on_time_percent",
                    SUPPLIERS,
                    "On-time delivery (OTD)",
                    "percent",
                    "Deliveries received on or before their order's promised date (expected_delivery_date),"
                            + " divided by the deliveries of orders that have a promised date."),
            new Definition(
                    "in_full_percent",
                    SUPPLIERS,
                    "In full",
                    "percent",
                    "Deliveries after which every line of the order had its ordered quantity accepted"
                            + " (counting the order's receipts recorded up to and including this one), divided by"
                            + " all deliveries. A planned split delivery counts its completing receipt only."),
            new Definition(
                    "rejected_percent",
                    SUPPLIERS,
                    "Rejected share",
                    "percent",
                    "Quantity rejected on the period's deliveries divided by the quantity accepted plus rejected."),
            new Definition(
                    "price_variance",
                    SUPPLIERS,
                    "Price variance",
                    "amount",
                    "Purchase price variance (as ppv below) of the supplier's invoices dated in the period."),
            new Definition(
                    "score",
                    SUPPLIERS,
                    "Scorecard",
                    "percent",
                    "The supplier scorecard (0-100, the tenant's scorecard_weights) computed from the period's"
                            + " ratings (mean marks) and deliveries (accepted share of quantity, on-time percent),"
                            + " overall and per bucket (score_trend); null without data."),
            new Definition(
                    "spend_percent",
                    SUPPLIERS,
                    "Share of spend",
                    "percent",
                    "A supplier's (or category's) spend divided by the total spend of the period."),
            new Definition(
                    "top_percent",
                    SUPPLIERS,
                    "Spend concentration",
                    "percent",
                    "Spend of the top N suppliers (by spend; N = the top parameter, default 5) divided by the"
                            + " total spend."),
            new Definition(
                    "savings",
                    SAVINGS,
                    "Savings",
                    "amount",
                    "Per RFQ awarded in the period (award date in the tenant's time zone): the baseline minus the"
                            + " awarded quote's net amount. The baseline is, among the RFQ's other quotes that price"
                            + " every RFQ line (complete), the highest net amount (baseline=highest, default), their"
                            + " average (average) or the first received (first). Quotes are converted into the tenant"
                            + " currency at the rate of the award date. An RFQ without a complete competing quote has"
                            + " no savings and is left out of the total."),
            new Definition(
                    "savings_percent",
                    SAVINGS,
                    "Savings rate",
                    "percent",
                    "Total savings divided by the sum of the baselines of the RFQs that have one."),
            new Definition(
                    "ppv",
                    SAVINGS,
                    "Purchase price variance (PPV)",
                    "amount",
                    "For each priced line of the invoices dated in the period (entered, not cancelled):"
                            + " (invoiced unit price − the order's unit price for the same item code and unit, its first"
                            + " such line) × invoiced quantity, converted at the invoice date. Positive: paid more than"
                            + " ordered. Lines with no such order line are counted in unmatched_lines, not in the sum."),
            new Definition(
                    "ended",
                    APPROVALS,
                    "Approvals ended",
                    "count",
                    "Approvals completed (approved at their last level) or rejected in the period."),
            new Definition(
                    "rejection_percent",
                    APPROVALS,
                    "Rejection rate",
                    "percent",
                    "Approvals rejected in the period divided by the approvals ended in the period."),
            new Definition(
                    "cycle_hours",
                    APPROVALS,
                    "Approval cycle time",
                    "hours",
                    "Per bucket: the p50 and p90 (nearest rank) of the time from request to end of the approvals"
                            + " that ended. Per workflow (document type) and level: from the level's start (the request,"
                            + " or the step that closed the level before) to the decision that closed the level."),
            new Definition(
                    "escalations",
                    APPROVALS,
                    "Escalations",
                    "count",
                    "Escalation steps in the period: manual (by a person) and sla (by the SLA watch)."),
            new Definition(
                    "backlog",
                    APPROVALS,
                    "Pending backlog",
                    "count",
                    "Approvals pending now (not limited to the period), by age since the request (under 1 day,"
                            + " 1 to 3, 3 to 7, over 7 days) and by the level they wait at."),
            new Definition(
                    "rejection_reasons",
                    APPROVALS,
                    "Top rejection reasons",
                    "count",
                    "The five most frequent comments of the period's rejections (trimmed, case folded; none given:"
                            + " \"(no reason given)\")."),
            new Definition(
                    "approver_load",
                    APPROVALS,
                    "Approvers' load",
                    "count",
                    "Approve and reject decisions per approver in the period (a delegate's decision counts for"
                            + " the delegate)."),
            new Definition(
                    "extraction_success_percent",
                    EXTRACTION,
                    "Text extraction success rate",
                    "percent",
                    "Of the files uploaded in the period (one per distinct content), those whose text was extracted"
                            + " divided by those extracted or found unreadable; files still pending count in neither."),
            new Definition(
                    "extraction_seconds",
                    EXTRACTION,
                    "Extraction latency",
                    "seconds",
                    "Per file type: p50 and p90 (nearest rank) of the time from upload to text extracted."),
            new Definition(
                    "import_success_percent",
                    EXTRACTION,
                    "Import row success rate",
                    "percent",
                    "Rows read by the bulk imports asked for in the period (dry runs included) less the rows"
                            + " rejected, divided by the rows read; rejections lists the ten most frequent field and"
                            + " message pairs of the rejected rows."),
            new Definition(
                    "conversion_success_percent",
                    CONVERSION,
                    "Conversion success rate",
                    "percent",
                    "Conversions asked for in the period that completed, divided by those completed or failed"
                            + " (cancelled, queued and running ones count in neither); rows and bytes are those of the"
                            + " completed ones; failures are grouped by the first line of their error."),
            new Definition(
                    "stage_hours",
                    PROCESSING,
                    "Processing times",
                    "hours",
                    "Per stage, p50 and p90 (nearest rank) of the time between its two events, each time counted in"
                            + " the bucket of its end event: upload → text extracted; RFQ sent → first quote; quote"
                            + " awarded → order made from it; order submitted → approved; approved → sent; sent → first"
                            + " receipt; first receipt → the order's first invoice; invoice entered → paid. An end"
                            + " before its start counts as zero."),
            new Definition(
                    "oee",
                    "/production/oee",
                    "Overall equipment effectiveness",
                    "percent",
                    "Availability × performance × quality over the confirmations and downtime of every work order"
                            + " dated in the period, all work centres summed: run / (run + downtime) × ideal minutes"
                            + " (planned cycle time × units in) / run × good units (first time + reworked) / units in,"
                            + " from the sums; null without run time or units."),
            new Definition(
                    "first_pass_yield",
                    "/production/fpy",
                    "First-pass yield",
                    "percent",
                    "Units that passed an operation without rework divided by the units that entered it, over every"
                            + " operation confirmed in the period; null without units."),
            new Definition(
                    "ncrs_raised",
                    "/ncrs",
                    "NCRs raised",
                    "count",
                    "Non-conformance reports raised in the period (by hand, on receipts and on rejected"
                            + " inspections), whatever their status, supplier or plant."));

    private KpiCatalogue() {}

    /** The endpoint a figure of the catalogue is read off. */
    static String endpointOf(String key) {
        return ALL.stream()
                .filter(d -> d.key().equals(key))
                .findFirst()
                .orElseThrow()
                .endpoint();
    }
}
