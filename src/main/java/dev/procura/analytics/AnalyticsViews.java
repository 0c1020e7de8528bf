package dev.procura.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Response bodies of analytics. Amounts are in the tenant currency (named in {@code currency}),
 * percentages have two decimals, durations are hours with two decimals; a figure with nothing to
 * count is null, never zero. Each figure's definition is in {@code GET /analytics/definitions}.
 */
public final class AnalyticsViews {

    private AnalyticsViews() {}

    @Schema(name = "AnalyticsRateUsed", description = "An exchange rate an amount was converted at")
    public record RateUsed(
            @Schema(example = "USD") String from,
            @Schema(example = "EUR") String to,

            @Schema(description = "The document date the rate was valid on")
            LocalDate on,

            @Schema(example = "0.92") BigDecimal rate) {}

    @Schema(name = "KpiDefinition")
    public record Definition(
            @Schema(example = "on_time_percent") String key,
            @Schema(example = "/analytics/suppliers") String endpoint,
            @Schema(example = "On-time delivery") String name,

            @Schema(enumeration = {"amount", "percent", "hours", "seconds", "count"})
            String unit,

            @Schema(description = "Exactly what is counted, from which records, and how")
            String definition) {}

    @Schema(name = "KpiCatalogue")
    public record Catalogue(List<Definition> definitions) {}

    // ---- suppliers ----

    @Schema(name = "SupplierAnalyticsBucket")
    public record SupplierBucket(
            @Schema(description = "First day of the bucket") LocalDate periodStart,
            BigDecimal spend,
            long orders,
            long deliveries,
            BigDecimal onTimePercent,
            BigDecimal inFullPercent,
            BigDecimal rejectedPercent,
            BigDecimal priceVariance) {}

    @Schema(name = "SupplierScoreBucket")
    public record ScorePoint(
            LocalDate periodStart,

            @Schema(description = "0-100; null without data")
            BigDecimal score) {}

    @Schema(name = "SupplierAnalyticsLine")
    public record SupplierLine(
            UUID supplierId,
            String code,
            String name,
            List<String> categories,
            BigDecimal spend,

            @Schema(description = "Share of the period's spend, percent")
            BigDecimal spendPercent,

            long orders,
            long deliveries,
            BigDecimal onTimePercent,
            BigDecimal inFullPercent,
            BigDecimal rejectedPercent,
            BigDecimal priceVariance,

            @Schema(description = "The scorecard over the whole period; null without data")
            BigDecimal score,

            @Schema(description = "The scorecard per bucket")
            List<ScorePoint> scoreTrend) {}

    @Schema(name = "CategorySpend")
    public record CategorySpend(String category, BigDecimal spend, BigDecimal spendPercent) {}

    @Schema(name = "SpendConcentration")
    public record Concentration(
            @Schema(description = "N of the top N") int top,

            @Schema(description = "Suppliers with spend in the period")
            int suppliers,

            @Schema(description = "The top N suppliers' share of spend, percent")
            BigDecimal topPercent) {}

    @Schema(name = "SupplierAnalytics")
    public record SupplierAnalytics(
            LocalDate from,
            LocalDate to,

            @Schema(enumeration = {"day", "week", "month", "quarter"})
            String interval,

            @Schema(example = "EUR") String currency,
            BigDecimal spend,

            @Schema(description = "The whole period's figures (period_start: from)")
            SupplierBucket total,

            List<SupplierBucket> series,

            @Schema(description = "Suppliers with any figure in the period, by spend, largest first")
            List<SupplierLine> suppliers,

            @Schema(description = "Spend per supplier category; a supplier in two categories counts in both")
            List<CategorySpend> categories,

            Concentration concentration,
            List<RateUsed> ratesUsed) {}

    // ---- savings ----

    @Schema(name = "RfqSavings")
    public record RfqSavings(
            UUID rfqId,
            String number,
            LocalDate awardedOn,
            UUID supplierId,
            BigDecimal awardedNet,

            @Schema(
                    description =
                            "The competing quotes' figure the award is compared with; null without a complete competing quote")
            BigDecimal baselineNet,

            @Schema(description = "baseline_net − awarded_net; null without a complete competing quote")
            BigDecimal savings,

            @Schema(description = "Complete competing quotes")
            int competingQuotes) {}

    @Schema(name = "SavingsBucket")
    public record SavingsBucket(
            LocalDate periodStart, long rfqs, BigDecimal awardedNet, BigDecimal savings, BigDecimal priceVariance) {}

    @Schema(name = "SupplierPriceVariance")
    public record SupplierVariance(UUID supplierId, String code, String name, BigDecimal priceVariance, long lines) {}

    @Schema(name = "PurchasePriceVariance")
    public record PriceVariance(
            @Schema(
                    description =
                            "Σ (invoiced − ordered unit price) × invoiced quantity; positive: paid more than ordered")
            BigDecimal total,

            @Schema(description = "Invoice lines compared with their order line")
            long lines,

            @Schema(description = "Priced invoice lines with no order line of the same item and unit")
            long unmatchedLines,

            List<SupplierVariance> suppliers) {}

    @Schema(name = "SavingsAnalytics")
    public record SavingsAnalytics(
            LocalDate from,
            LocalDate to,

            @Schema(enumeration = {"day", "week", "month", "quarter"})
            String interval,

            @Schema(example = "EUR") String currency,

            @Schema(enumeration = {"highest", "average", "first"})
            String baseline,

            BigDecimal savings,

            @Schema(description = "savings / the baselines of the RFQs with one, percent")
            BigDecimal savingsPercent,

            List<SavingsBucket> series,
            List<RfqSavings> rfqs,
            PriceVariance priceVariance,
            List<RateUsed> ratesUsed) {}

    // ---- approvals ----

    @Schema(name = "ApprovalAnalyticsBucket")
    public record ApprovalBucket(
            LocalDate periodStart,

            @Schema(description = "Approvals that ended (completed or rejected)")
            long ended,

            long rejected,
            BigDecimal rejectionPercent,
            long escalationsManual,
            long escalationsSla,

            @Schema(description = "Request to end of the approvals that ended")
            BigDecimal hoursP50,

            BigDecimal hoursP90) {}

    @Schema(name = "ApprovalLevelTimes")
    public record LevelTimes(
            String documentType, int level, long decisions, BigDecimal hoursP50, BigDecimal hoursP90) {}

    @Schema(name = "ApprovalAgeing")
    public record Ageing(
            @Schema(enumeration = {"under_1_day", "1_to_3_days", "3_to_7_days", "over_7_days"})
            String age,

            long pending) {}

    @Schema(name = "ApprovalBacklogLevel")
    public record BacklogLevel(String documentType, int level, long pending) {}

    @Schema(name = "ApprovalBacklog")
    public record Backlog(
            @Schema(description = "Pending now") long pending,

            @Schema(description = "By time since the request")
            List<Ageing> ageing,

            List<BacklogLevel> levels,

            @Schema(description = "Hours since the oldest pending request; null when none")
            BigDecimal oldestHours) {}

    @Schema(name = "RejectionReason")
    public record Reason(String reason, long count) {}

    @Schema(name = "ApproverLoad")
    public record ApproverLoad(UUID userId, long approved, long rejected) {}

    @Schema(name = "ApprovalAnalytics")
    public record ApprovalAnalytics(
            LocalDate from,
            LocalDate to,

            @Schema(enumeration = {"day", "week", "month", "quarter"})
            String interval,

            long ended,
            BigDecimal rejectionPercent,
            long escalationsManual,
            long escalationsSla,

            @Schema(description = "Request to end of the approvals that ended in the period")
            BigDecimal hoursP50,

            BigDecimal hoursP90,
            List<ApprovalBucket> series,

            @Schema(description = "Level start to the decision that closed the level")
            List<LevelTimes> levels,

            Backlog backlog,

            @Schema(description = "The five most given, most first")
            List<Reason> rejectionReasons,

            @Schema(description = "Decisions per approver, most first")
            List<ApproverLoad> approvers) {}

    // ---- extraction ----

    @Schema(name = "ExtractionByType")
    public record ExtractionByType(
            @Schema(example = "application/pdf") String fileType,

            @Schema(description = "Files uploaded in the period")
            long uploaded,

            long extracted,
            long failed,
            long pending,

            @Schema(description = "extracted / (extracted + failed), percent")
            BigDecimal successPercent,

            @Schema(description = "Upload to text extracted, seconds")
            BigDecimal secondsP50,

            BigDecimal secondsP90) {}

    @Schema(name = "ExtractionBucket")
    public record ExtractionBucket(
            LocalDate periodStart,
            long uploaded,
            BigDecimal successPercent,

            @Schema(description = "Rows read by imports asked for in the bucket")
            long importRows,

            long importRowsRejected,

            @Schema(description = "Rows imported (not rejected) / rows read, percent")
            BigDecimal importSuccessPercent) {}

    @Schema(name = "RejectionCount")
    public record RejectionCount(String field, String message, long count) {}

    @Schema(name = "ExtractionAnalytics")
    public record ExtractionAnalytics(
            LocalDate from,
            LocalDate to,

            @Schema(enumeration = {"day", "week", "month", "quarter"})
            String interval,

            long uploaded,
            BigDecimal successPercent,
            List<ExtractionBucket> series,
            List<ExtractionByType> fileTypes,

            @Schema(description = "Why files could not be read, most first")
            List<Reason> failures,

            long importRows,
            long importRowsRejected,
            BigDecimal importSuccessPercent,

            @Schema(description = "Field errors of rejected import rows by field and message, ten most first")
            List<RejectionCount> rejections) {}

    // ---- conversion ----

    @Schema(name = "ConversionFigures")
    public record ConversionFigures(
            long requested,
            long completed,
            long failed,
            long cancelled,

            @Schema(description = "completed / (completed + failed), percent")
            BigDecimal successPercent,

            @Schema(description = "Rows written by completed conversions")
            long rows,

            @Schema(description = "Bytes of their files") long bytes) {}

    @Schema(name = "ConversionBucket")
    public record ConversionBucket(LocalDate periodStart, ConversionFigures figures) {}

    @Schema(name = "ConversionByTemplate")
    public record ConversionByTemplate(String template, String format, ConversionFigures figures) {}

    @Schema(name = "ConversionAnalytics")
    public record ConversionAnalytics(
            LocalDate from,
            LocalDate to,

            @Schema(enumeration = {"day", "week", "month", "quarter"})
            String interval,

            ConversionFigures total,
            List<ConversionBucket> series,

            @Schema(description = "Per template and format, most requested first")
            List<ConversionByTemplate> templates,

            @Schema(description = "Why conversions failed, most first")
            List<Reason> failures) {}

    // ---- processing ----

    @Schema(name = "ProcessingPoint")
    public record ProcessingPoint(LocalDate periodStart, long count, BigDecimal hoursP50, BigDecimal hoursP90) {}

    @Schema(name = "ProcessingStage")
    public record ProcessingStage(
            @Schema(example = "submitted_to_approved") String key,

            @Schema(description = "The events the time runs between")
            String name,

            long count,
            BigDecimal hoursP50,
            BigDecimal hoursP90,
            List<ProcessingPoint> series) {}

    @Schema(name = "ProcessingAnalytics")
    public record ProcessingAnalytics(
            LocalDate from,
            LocalDate to,

            @Schema(enumeration = {"day", "week", "month", "quarter"})
            String interval,

            @Schema(description = "Each stage counted in the bucket of its end")
            List<ProcessingStage> stages) {}
}
