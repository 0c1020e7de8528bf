package dev.procura.analytics;

import dev.procura.analytics.AnalyticsViews.ApprovalAnalytics;
import dev.procura.analytics.AnalyticsViews.Catalogue;
import dev.procura.analytics.AnalyticsViews.ConversionAnalytics;
import dev.procura.analytics.AnalyticsViews.ExtractionAnalytics;
import dev.procura.analytics.AnalyticsViews.ProcessingAnalytics;
import dev.procura.analytics.AnalyticsViews.SavingsAnalytics;
import dev.procura.analytics.AnalyticsViews.SupplierAnalytics;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/analytics")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Analytics",
        description = "Procurement figures over a period in buckets (day, week, month, quarter), in the tenant's"
                + " currency and time zone; every figure is defined in the KPI catalogue")
@APIResponse(responseCode = "404", description = AnalyticsResource.NOT_FOUND)
@APIResponse(responseCode = "403", description = AnalyticsResource.FORBIDDEN)
public class AnalyticsResource {

    private static final String PERIOD_400 =
            "Missing or invalid from/to, to before from, more than 400 buckets, or an invalid filter";
    static final String NOT_FOUND = "No such tenant, or not a member";
    static final String FORBIDDEN = "Role lacks analytics:read, or the tenant is suspended or deleted";

    @Inject
    AnalyticsService analytics;

    @GET
    @Path("/definitions")
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(
            summary = "The KPI catalogue",
            description = "What every figure of the analytics endpoints counts, from which records, and how.")
    @APIResponse(
            responseCode = "200",
            description = "Every figure's definition",
            content = @Content(schema = @Schema(implementation = Catalogue.class)))
    public Catalogue definitions(@PathParam("tenantId") UUID tenantId) {
        return new Catalogue(KpiCatalogue.ALL);
    }

    @GET
    @Path("/suppliers")
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(
            summary = "Spend, delivery, quality, price variance and scorecards per supplier",
            description = "Per bucket and per supplier: spend of placed orders, on-time and in-full delivery,"
                    + " rejected share, price variance, the scorecard and its trend; spend per category and the"
                    + " top-N concentration. cost_centre and currency filter orders, receipts and invoices (by"
                    + " their order); ratings only follow supplier_id and category.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content = @Content(schema = @Schema(implementation = SupplierAnalytics.class)))
    @APIResponse(responseCode = "400", description = PERIOD_400)
    @APIResponse(responseCode = "409", description = "No exchange rate for a document's date (`no-exchange-rate`)")
    public SupplierAnalytics suppliers(
            @PathParam("tenantId") UUID tenantId,
            @BeanParam PeriodParams period,
            @QueryParam("supplier_id") UUID supplierId,
            @QueryParam("category") @Size(max = 60) String category,
            @QueryParam("cost_centre") @Size(max = 40) String costCentre,
            @Parameter(example = "EUR") @QueryParam("currency") @Pattern(regexp = "[A-Z]{3}") String currency,
            @Parameter(description = "N of the top-N concentration")
                    @QueryParam("top")
                    @DefaultValue("5")
                    @Min(1)
                    @Max(50)
                    int top) {
        return analytics.suppliers(period.period(), new Slice(supplierId, category, costCentre, currency), top);
    }

    @GET
    @Path("/savings")
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(
            summary = "Savings of awarded RFQs and purchase price variance",
            description = "Savings per RFQ awarded in the period against its complete competing quotes"
                    + " (baseline highest, average or first), and PPV of the invoices dated in the period, in the"
                    + " tenant currency with the rates used. supplier_id and category select the awarded and"
                    + " invoicing supplier, currency the awarded quote's and the invoice's currency; cost_centre"
                    + " applies to PPV only (RFQs name no cost centre).")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content = @Content(schema = @Schema(implementation = SavingsAnalytics.class)))
    @APIResponse(responseCode = "400", description = PERIOD_400)
    @APIResponse(responseCode = "409", description = "No exchange rate for a document's date (`no-exchange-rate`)")
    public SavingsAnalytics savings(
            @PathParam("tenantId") UUID tenantId,
            @BeanParam PeriodParams period,
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"highest", "average", "first"}))
                    @QueryParam("baseline")
                    String baseline,
            @QueryParam("supplier_id") UUID supplierId,
            @QueryParam("category") @Size(max = 60) String category,
            @QueryParam("cost_centre") @Size(max = 40) String costCentre,
            @Parameter(example = "EUR") @QueryParam("currency") @Pattern(regexp = "[A-Z]{3}") String currency) {
        return analytics.savings(
                period.period(),
                new Slice(supplierId, category, costCentre, currency),
                SavingsReport.Baseline.parse(baseline));
    }

    @GET
    @Path("/approvals")
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(
            summary = "Approval cycle times, outcomes, escalations, backlog and approvers' load",
            description = "From the approvals' steps: per bucket the approvals ended, rejection rate, escalations"
                    + " (manual and SLA) and p50/p90 request-to-end hours; per workflow and level p50/p90 hours; the"
                    + " pending backlog now by age and level; the top rejection reasons; decisions per approver.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content = @Content(schema = @Schema(implementation = ApprovalAnalytics.class)))
    @APIResponse(responseCode = "400", description = PERIOD_400)
    public ApprovalAnalytics approvals(
            @PathParam("tenantId") UUID tenantId,
            @BeanParam PeriodParams period,
            @Parameter(description = "Only this workflow's approvals", example = "purchase_order")
                    @QueryParam("document_type")
                    @Pattern(regexp = "purchase_order|invoice|rfq")
                    String documentType) {
        return analytics.approvals(period.period(), documentType);
    }

    @GET
    @Path("/extraction")
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(
            summary = "How well data gets out of uploaded files",
            description = "Files uploaded in the period: text extraction success rate and upload-to-text latency"
                    + " (p50/p90 seconds) per file type, why files could not be read; bulk imports asked for in the"
                    + " period: rows read and rejected, and the ten most frequent field errors.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content = @Content(schema = @Schema(implementation = ExtractionAnalytics.class)))
    @APIResponse(responseCode = "400", description = PERIOD_400)
    public ExtractionAnalytics extraction(@PathParam("tenantId") UUID tenantId, @BeanParam PeriodParams period) {
        return analytics.extraction(period.period());
    }

    @GET
    @Path("/conversion")
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(
            summary = "Conversions by template and format",
            description = "Conversions asked for in the period: requested, completed, failed, cancelled, success"
                    + " rate, rows and bytes produced, per bucket and per template and format; failures by reason"
                    + " (the first line of the error).")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content = @Content(schema = @Schema(implementation = ConversionAnalytics.class)))
    @APIResponse(responseCode = "400", description = PERIOD_400)
    public ConversionAnalytics conversion(
            @PathParam("tenantId") UUID tenantId,
            @BeanParam PeriodParams period,
            @Parameter(description = "Only conversions to this format")
                    @QueryParam("format")
                    @Pattern(regexp = "pdf|xlsx|docx|csv|json")
                    String format) {
        return analytics.conversion(period.period(), format);
    }

    @GET
    @Path("/processing")
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(
            summary = "How long each stage of the buying cycle takes",
            description = "p50 and p90 hours per bucket of: upload to text extracted, RFQ sent to first quote,"
                    + " quote awarded to order, order submitted to approved, approved to sent, sent to first receipt,"
                    + " first receipt to first invoice, invoice to paid; each time counted in the bucket of its end.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content = @Content(schema = @Schema(implementation = ProcessingAnalytics.class)))
    @APIResponse(responseCode = "400", description = PERIOD_400)
    public ProcessingAnalytics processing(@PathParam("tenantId") UUID tenantId, @BeanParam PeriodParams period) {
        return analytics.processing(period.period());
    }
}
