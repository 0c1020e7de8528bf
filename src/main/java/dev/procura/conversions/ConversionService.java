package dev.procura.conversions;

import dev.procura.conversions.ConversionViews.ConversionView;
import dev.procura.conversions.ConversionViews.PreviewRow;
import dev.procura.conversions.ConversionViews.PreviewView;
import dev.procura.conversions.render.OutputFormat;
import dev.procura.conversions.render.Renderer;
import dev.procura.conversions.render.Renderers;
import dev.procura.conversions.render.Row;
import dev.procura.documents.DocumentService;
import dev.procura.documents.DocumentViews.DownloadView;
import dev.procura.platform.batch.JobLeases;
import dev.procura.platform.exports.ExportRecord;
import dev.procura.platform.exports.RecordSource;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.quotas.Meter;
import dev.procura.platform.quotas.Quotas;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.procurement.ProcurementEvents;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Conversions of a tenant's records into files: checked and recorded here, run by the
 * {@code conversion} batch job, visible to the member who asked (and to members with
 * conversions:manage).
 */
@ApplicationScoped
public class ConversionService {

    static final int PREVIEW_RECORDS = 50;

    @Inject
    dev.procura.platform.branding.BrandingFacts branding;

    @Inject
    Quotas quotas;

    @Inject
    TenantTransactions tenantData;

    @Inject
    TenantContext tenant;

    @Inject
    TemplateService templates;

    @Inject
    Sources sources;

    @Inject
    ConversionSteps steps;

    @Inject
    ProcurementEvents events;

    @Inject
    DocumentService documents;

    @Inject
    JobLeases leases;

    @Inject
    @ConfigProperty(name = "procura.conversions.max-records", defaultValue = "100000")
    long maxRecords;

    /** A file rendered synchronously: a preview. */
    public record Preview(byte[] bytes, String mediaType, String filename) {}

    /** A compliance report for the period as a conversion: {@code format} pdf or xlsx. */
    public ConversionView startComplianceReport(Caller caller, String from, String to, String format) {
        String template = "xlsx".equals(format) ? BuiltInTemplates.COMPLIANCE_XLSX : BuiltInTemplates.COMPLIANCE_PDF;
        return start(
                caller,
                new ConversionRequests.Start(
                        BuiltInTemplates.idOf(template),
                        new ConversionRequests.SourceRequest(
                                "compliance_finding", null, Map.of("from", from, "to", to)),
                        null,
                        null));
    }

    public ConversionView start(Caller caller, ConversionRequests.Start request) {
        quotas.admit(tenant.tenantId(), Meter.CONVERSIONS, 1);
        ConversionView started = tenantData.call(tx -> {
            TemplateService.Resolved template = templates.resolve(tx, request.templateId());
            ConversionRequests.SourceRequest source = request.source();
            if (!template.sourceType().equals(source.type())) {
                throw new Failure.InvalidInput(
                        "source.type", "must be " + template.sourceType() + ", the template's source type");
            }
            RecordSource records = sources.source(source.type(), "source.type");
            requireReadable(records);
            String format = TemplateRules.format(
                            request.format() == null ? template.format() : request.format(), "format")
                    .apiName();
            String locale = request.locale() == null
                    ? template.definition().locale()
                    : TemplateRules.locale(request.locale(), "locale");
            Selection selection = selection(tx, records, source);
            long selected = selection.isByIds() ? selection.ids().size() : records.count(tx, selection.filter());
            Conversion conversion = new Conversion(
                    caller.userId(),
                    tx.now(),
                    template.id(),
                    template.name(),
                    template.definition(),
                    source.type(),
                    format,
                    locale,
                    selection,
                    selected);
            tx.em().persist(conversion);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("conversion_id", conversion.id());
            data.put("template_id", template.id());
            data.put("source_type", source.type());
            data.put("format", format);
            data.put("records", selected);
            data.put("requested_by", caller.userId());
            events.publish(tx, caller.userId(), "conversion.requested", conversion.id(), data);
            return ConversionView.of(conversion);
        });
        launch(tenant.tenantId(), started.id());
        return started;
    }

    public Page<ConversionView> list(Caller caller, String status, int page, int perPage) {
        boolean seesAll = tenant.permissions().contains(Permissions.CONVERSIONS_MANAGE);
        if (status != null
                && java.util.Arrays.stream(Conversion.Status.values())
                        .noneMatch(s -> s.apiName().equals(status))) {
            throw new Failure.InvalidInput("status", "must be one of queued, running, completed, failed, cancelled");
        }
        return tenantData.call(tx -> {
            List<String> clauses = new ArrayList<>();
            Map<String, Object> parameters = new LinkedHashMap<>();
            if (!seesAll) {
                clauses.add("c.requestedBy = :me");
                parameters.put("me", caller.userId());
            }
            if (status != null) {
                clauses.add("c.status = :status");
                parameters.put("status", status);
            }
            String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
            var query = tx.em()
                    .createQuery(
                            "SELECT c FROM Conversion c" + where + " ORDER BY c.requestedAt DESC", Conversion.class)
                    .setFirstResult((page - 1) * perPage)
                    .setMaxResults(perPage);
            var count = tx.em().createQuery("SELECT COUNT(c) FROM Conversion c" + where, Long.class);
            parameters.forEach((name, value) -> {
                query.setParameter(name, value);
                count.setParameter(name, value);
            });
            List<ConversionView> views =
                    query.getResultList().stream().map(ConversionView::of).toList();
            return new Page<>(views, page, perPage, count.getSingleResult());
        });
    }

    public ConversionView get(Caller caller, UUID id) {
        return tenantData.call(tx -> ConversionView.of(visible(tx, caller, id)));
    }

    public ConversionView cancel(Caller caller, UUID id) {
        return tenantData.call(tx -> {
            Conversion conversion = visible(tx, caller, id);
            ConversionSteps.locked(tx.em(), id).requestCancel(tx.now());
            if (conversion.status() == Conversion.Status.CANCELLED) {
                events.publish(tx, caller.userId(), "conversion.cancelled", id, Map.of("conversion_id", id));
            }
            return ConversionView.of(conversion);
        });
    }

    /** Runs a failed conversion again from its last staged chunk. */
    public ConversionView retry(Caller caller, UUID id) {
        ConversionView view = tenantData.call(tx -> {
            Conversion conversion = visible(tx, caller, id);
            ConversionSteps.locked(tx.em(), id).retry();
            events.publish(tx, caller.userId(), "conversion.retried", id, Map.of("conversion_id", id));
            return ConversionView.of(conversion);
        });
        launch(tenant.tenantId(), id);
        return view;
    }

    /** The first records as rows (JSON), or rendered into the conversion's format. */
    public PreviewView previewRows(Caller caller, UUID id) {
        return tenantData.call(tx -> {
            Conversion conversion = visible(tx, caller, id);
            TemplateDefinition definition = conversion.definition();
            List<String> problems = new ArrayList<>();
            List<PreviewRow> rows = new ArrayList<>();
            for (Row row : firstRows(tx, conversion, problems)) {
                rows.add(new PreviewRow(row.values(), row.lines()));
            }
            return new PreviewView(
                    definition.columns().stream()
                            .map(TemplateDefinition.Field::key)
                            .toList(),
                    definition.lineColumns().stream()
                            .map(TemplateDefinition.Field::key)
                            .toList(),
                    rows,
                    conversion.recordsTotal(),
                    problems);
        });
    }

    public Preview previewFile(Caller caller, UUID id) {
        return tenantData.call(tx -> {
            Conversion conversion = visible(tx, caller, id);
            OutputFormat format = TemplateRules.format(conversion.format(), "format");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Renderer renderer = Renderers.open(
                    format,
                    ConversionOutput.sheet(
                            conversion.definition(),
                            conversion,
                            steps.buyer(tx.tenantId()),
                            tx.calendar().zone(),
                            branding.letterhead(tx.tenantId())),
                    out,
                    false)) {
                for (Row row : firstRows(tx, conversion, new ArrayList<>())) {
                    renderer.write(row);
                }
                renderer.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Preview(
                    out.toByteArray(),
                    format.mediaType,
                    "preview-"
                            + ConversionOutput.filename(
                                    conversion, tx.calendar().zone(), format));
        });
    }

    /** A link to the file of a completed conversion; the download is recorded on its document. */
    public DownloadView download(Caller caller, UUID id) {
        UUID documentId = tenantData.call(tx -> {
            Conversion conversion = visible(tx, caller, id);
            if (conversion.status() != Conversion.Status.COMPLETED) {
                throw new Failure.Conflict(
                        ProblemType.CONVERSION_NOT_READY,
                        "Conversion " + id + " is " + conversion.status().apiName() + "; its file is not ready",
                        Map.of("conversion_status", conversion.status().apiName()));
            }
            return conversion.documentId();
        });
        return documents.downloadLink(caller, documentId);
    }

    private List<Row> firstRows(TenantTx tx, Conversion conversion, List<String> problems) {
        RowMapping mapping = new RowMapping(conversion.definition());
        List<Row> rows = new ArrayList<>();
        var first = steps.firstRecords(tx, conversion, PREVIEW_RECORDS, steps.buyer(tx.tenantId()));
        for (ExportRecord record : first.getKey()) {
            rows.add(mapping.map(record, problems::add));
        }
        return rows;
    }

    private void launch(UUID tenantId, UUID conversionId) {
        Properties parameters = new Properties();
        parameters.setProperty("tenant", tenantId.toString());
        parameters.setProperty("conversion", conversionId.toString());
        leases.hold(ConversionOutcomes.JOB, ConversionOutcomes.leaseKey(tenantId, conversionId), parameters);
        BatchRuntime.getJobOperator().start(ConversionOutcomes.JOB, parameters);
    }

    private void requireReadable(RecordSource records) {
        if (!tenant.permissions().contains(records.readPermission())) {
            throw new Failure.Forbidden(
                    ProblemType.FORBIDDEN,
                    "Converting " + records.type() + " records needs the permission " + records.readPermission());
        }
    }

    /** The ids (duplicates dropped, each one a record of this tenant) or the filter, checked. */
    private Selection selection(TenantTx tx, RecordSource records, ConversionRequests.SourceRequest source) {
        if (source.ids() != null && source.filter() != null) {
            throw new Failure.InvalidInput("source", "give either ids or filter, not both");
        }
        if (source.ids() == null) {
            Map<String, String> filter = source.filter() == null ? Map.of() : source.filter();
            // A filter value that cannot be read is a 400 now, not a failed job later.
            requireWithinLimit(records.count(tx, filter));
            return new Selection(null, filter);
        }
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(source.ids()));
        requireWithinLimit(ids.size());
        java.util.Set<String> found = new java.util.HashSet<>();
        for (int from = 0; from < ids.size(); from += 500) {
            records.byIds(tx, ids.subList(from, Math.min(ids.size(), from + 500))).stream()
                    .map(r -> String.valueOf(r.values().get("id")))
                    .forEach(found::add);
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!found.contains(ids.get(i).toString())) {
                throw new Failure.InvalidInput(
                        "source.ids[" + i + "]", "is not a " + records.type() + " of this tenant");
            }
        }
        return new Selection(ids, null);
    }

    private void requireWithinLimit(long selected) {
        if (selected > maxRecords) {
            throw new Failure.PayloadTooLarge(
                    ProblemType.SELECTION_TOO_LARGE,
                    "The selection holds " + selected + " records; a conversion takes at most " + maxRecords,
                    Map.of("limit", maxRecords, "selected", selected));
        }
    }

    private Conversion visible(TenantTx tx, Caller caller, UUID id) {
        Conversion conversion = tx.em().find(Conversion.class, id);
        if (conversion == null
                || (!conversion.requestedBy().equals(caller.userId())
                        && !tenant.permissions().contains(Permissions.CONVERSIONS_MANAGE))) {
            throw new Failure.NotFound("No conversion " + id + " in this tenant");
        }
        return conversion;
    }
}
