package dev.procura.reports;

import dev.procura.conversions.Sources;
import dev.procura.conversions.render.Column;
import dev.procura.conversions.render.FileNames;
import dev.procura.conversions.render.Layout;
import dev.procura.conversions.render.OutputFormat;
import dev.procura.conversions.render.Renderer;
import dev.procura.conversions.render.Renderers;
import dev.procura.conversions.render.Row;
import dev.procura.conversions.render.Sheet;
import dev.procura.conversions.render.ValueFormat;
import dev.procura.documents.DocumentService;
import dev.procura.documents.DocumentViews.DocumentView;
import dev.procura.identity.UserFacts;
import dev.procura.platform.batch.JobLeases;
import dev.procura.platform.branding.BrandingFacts;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.exports.ExportRecord;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.tenants.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One report execution: reads the dataset a page at a time through its capability (each page in a
 * transaction of its own), keeps the rows the conditions keep, writes them through the conversion
 * renderers into a temporary file (as they come, or once grouped or sorted), stores the file as a
 * tenant document on behalf of the member who asked and records the outcome. A run started again
 * (another server took the lease of one that died) starts from the first record: the file is made
 * whole or not at all.
 */
@ApplicationScoped
public class ReportRunner {

    /** Records read per transaction. */
    static final int PAGE = 500;

    private static final Logger LOG = Logger.getLogger(ReportRunner.class.getName());

    @Inject
    TenantTransactions tenantData;

    @Inject
    Datasets datasets;

    @Inject
    Sources sources;

    @Inject
    DocumentService documents;

    @Inject
    UserFacts users;

    @Inject
    BrandingFacts branding;

    @Inject
    TenantService tenants;

    @Inject
    TenantOutbox outbox;

    @Inject
    JobLeases leases;

    @Inject
    Deliveries deliveries;

    /** What a run needs, read when it begins. */
    private record Begun(
            UUID requestedBy,
            String reportName,
            ReportRequests.Define definition,
            Dataset dataset,
            ReportPlan plan,
            OutputFormat format,
            String filename,
            ZoneId zone) {}

    static final class Counts {
        long records;
        long rows;
    }

    void run(UUID tenantId, UUID executionId) {
        Counts counts = new Counts();
        boolean ended = false;
        try {
            Begun begun = begin(tenantId, executionId);
            if (begun != null) {
                ended = true;
                produce(tenantId, executionId, begun, counts);
            }
        } catch (RuntimeException | IOException e) {
            ended = true;
            failed(tenantId, executionId, counts.records, e);
        }
        try {
            if (ended) {
                // A scheduled run is mailed (or its retry planned) before the lease goes.
                deliveries.afterRun(tenantId, executionId);
            }
        } finally {
            leases.release(ReportService.JOB, ReportService.leaseKey(tenantId, executionId));
        }
    }

    private Begun begin(UUID tenantId, UUID executionId) {
        return tenantData.call(tenantId, tx -> {
            ReportExecution execution =
                    tx.em().find(ReportExecution.class, executionId, LockModeType.PESSIMISTIC_WRITE);
            if (execution == null || execution.isFinished()) {
                return null;
            }
            execution.started(tx.now());
            ReportRequests.Define definition = execution.definition();
            Dataset dataset = datasets.get(tx, definition.dataset(), "dataset");
            OutputFormat format = OutputFormat.valueOf(execution.format().toUpperCase(Locale.ROOT));
            ZoneId zone = tx.calendar().zone();
            return new Begun(
                    execution.requestedBy(),
                    definition.name(),
                    definition,
                    dataset,
                    ReportPlan.of(definition, dataset.fields()),
                    format,
                    filename(definition.name(), execution.requestedAt().atZone(zone), format),
                    zone);
        });
    }

    private void produce(UUID tenantId, UUID executionId, Begun begun, Counts counts) throws IOException {
        String buyer = tenants.name(tenantId);
        Path file = Files.createTempFile("procura-report-", "." + begun.format().extension);
        try {
            try (OutputStream out = Files.newOutputStream(file);
                    Renderer renderer = Renderers.open(begun.format(), sheet(tenantId, begun, buyer), out, false)) {
                write(tenantId, begun, buyer, renderer, counts);
                renderer.finish();
            }
            long size = Files.size(file);
            DocumentView document;
            try (InputStream in = Files.newInputStream(file)) {
                document = documents.upload(
                        tenantId,
                        users.jobCaller(begun.requestedBy()),
                        DocumentService.Upload.of(
                                in,
                                begun.filename(),
                                null,
                                List.of("report", begun.dataset().key())));
            }
            completed(tenantId, executionId, counts, size, document.id(), begun.filename());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void write(UUID tenantId, Begun begun, String buyer, Renderer renderer, Counts counts) throws IOException {
        ReportPlan plan = begun.plan();
        ReportPlan.Tabulation tabulation = plan.streams() ? null : plan.tabulation();
        Map<String, String> filters = begun.definition().filters() == null
                ? Map.of()
                : begun.definition().filters();
        Integer limit = plan.limit();
        read(
                tenantId,
                begun.dataset(),
                filters,
                buyer,
                counts,
                row -> {
                    if (tabulation != null) {
                        tabulation.add(row);
                        return true;
                    }
                    renderer.write(new Row(plan.project(row), null));
                    counts.rows++;
                    return limit == null || counts.rows < limit;
                },
                plan);
        if (tabulation != null) {
            for (Map<String, Object> row : tabulation.rows()) {
                renderer.write(new Row(row, null));
                counts.rows++;
            }
        }
    }

    /** Takes one row the conditions kept; false: no more are wanted. */
    @FunctionalInterface
    interface RowSink {
        boolean take(Map<String, Object> row) throws IOException;
    }

    /**
     * Reads the dataset's records the filters select a page at a time, each page in a transaction
     * of its own, and gives {@code sink} every row of theirs the plan's conditions keep.
     */
    void read(
            UUID tenantId,
            Dataset dataset,
            Map<String, String> filters,
            String buyer,
            Counts counts,
            RowSink sink,
            ReportPlan plan)
            throws IOException {
        String after = null;
        while (true) {
            String from = after;
            List<ExportRecord> page = tenantData.call(tenantId, tx -> {
                var source = dataset.source();
                return sources.enriched(tx, source, source.after(tx, filters, from, PAGE), buyer);
            });
            for (ExportRecord record : page) {
                counts.records++;
                for (Map<String, Object> row : dataset.rows(record)) {
                    if (plan.accepts(row) && !sink.take(row)) {
                        return;
                    }
                }
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).key();
        }
    }

    private Sheet sheet(UUID tenantId, Begun begun, String buyer) {
        BrandingFacts.Letterhead letterhead = branding.letterhead(tenantId);
        List<Column> columns = begun.plan().outputs().stream()
                .map(o -> new Column(
                        o.key(), o.label(), ValueFormat.valueOf(o.type().name())))
                .toList();
        return new Sheet(
                begun.reportName(),
                letterhead.displayNameOr(buyer),
                Locales.of(begun.definition().locale()),
                begun.zone(),
                columns,
                List.of(),
                List.of(),
                new Layout(columns.size() > 6, false, null),
                letterhead.pdfHeader(),
                letterhead.pdfFooter());
    }

    private void completed(UUID tenantId, UUID executionId, Counts counts, long bytes, UUID documentId, String file) {
        tenantData.call(tenantId, tx -> {
            ReportExecution execution =
                    tx.em().find(ReportExecution.class, executionId, LockModeType.PESSIMISTIC_WRITE);
            if (execution == null || execution.isFinished()) {
                return null;
            }
            execution.completed(tx.now(), counts.records, counts.rows, bytes, documentId, file);
            Map<String, Object> data = ReportService.data(execution, null);
            data.put("rows", counts.rows);
            data.put("output_bytes", bytes);
            data.put("document_id", documentId);
            data.put("filename", file);
            outbox.publish(
                    tx, "report.execution_completed", execution.reportId().toString(), execution.requestedBy(), data);
            return null;
        });
    }

    private void failed(UUID tenantId, UUID executionId, long records, Throwable error) {
        String reason = reason(error);
        LOG.log(
                Level.WARNING,
                "Report execution " + executionId + " of tenant " + tenantId + " failed: " + reason,
                error);
        try {
            tenantData.call(tenantId, tx -> {
                ReportExecution execution =
                        tx.em().find(ReportExecution.class, executionId, LockModeType.PESSIMISTIC_WRITE);
                if (execution == null || execution.isFinished()) {
                    return null;
                }
                execution.failed(tx.now(), records, reason);
                Map<String, Object> data = ReportService.data(execution, null);
                data.put("error", execution.error());
                outbox.publish(
                        tx, "report.execution_failed", execution.reportId().toString(), execution.requestedBy(), data);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Report execution " + executionId + " could not be marked failed", e);
        }
    }

    /** Why a run failed, as the API shows it: a failure's own words, never internals. */
    static String reason(Throwable error) {
        if (error instanceof Failure failure) {
            return failure.getMessage();
        }
        if (error instanceof ReportPlan.TooLarge tooLarge) {
            return tooLarge.getMessage();
        }
        return "The report could not be written; the server log has the details";
    }

    /** e.g. {@code spend-by-supplier-20261207-101500.xlsx}: the report's name and the request time in the tenant's zone. */
    static String filename(String name, java.time.ZonedDateTime requested, OutputFormat format) {
        return FileNames.stamped(name, requested, format, "report");
    }
}
