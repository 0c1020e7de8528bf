package dev.procura.reports;

import dev.procura.documents.DocumentService;
import dev.procura.documents.DocumentViews.DownloadView;
import dev.procura.platform.batch.JobLeases;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.FieldType;
import dev.procura.platform.exports.RecordSource;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.reports.ReportViews.ColumnView;
import dev.procura.reports.ReportViews.DatasetView;
import dev.procura.reports.ReportViews.ExecutionView;
import dev.procura.reports.ReportViews.ReportView;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Report definitions (checked against the catalogue when saved) and their executions: each run is
 * a Jakarta Batch job that reads the dataset through its capability and writes the file through
 * the conversion renderers into the tenant's documents.
 */
@ApplicationScoped
public class ReportService {

    static final String JOB = "report-execution";

    @Inject
    TenantTransactions tenantData;

    @Inject
    TenantOutbox outbox;

    @Inject
    TenantContext tenant;

    @Inject
    Datasets datasets;

    @Inject
    JobLeases leases;

    @Inject
    DocumentService documents;

    @Inject
    ReportRunner runner;

    @Inject
    dev.procura.tenants.TenantService tenants;

    static String leaseKey(UUID tenantId, UUID executionId) {
        return tenantId + "/" + executionId;
    }

    public ReportViews.Datasets catalogue() {
        return tenantData.call(tx -> new ReportViews.Datasets(datasets.all(tx).stream()
                .map(d -> new DatasetView(
                        d.key(),
                        d.source().type(),
                        d.lines(),
                        d.source().readPermission(),
                        columns(d.fields()),
                        List.copyOf(d.source().filters())))
                .toList()));
    }

    public ReportView create(UUID actor, ReportRequests.Define request) {
        return tenantData.call(tx -> {
            ReportPlan plan = checked(tx, request);
            requireFreeName(tx, request.name(), null);
            Report report = new Report(actor, tx.now());
            report.describe(request, tx.now());
            tx.em().persist(report);
            publish(tx, actor, "report.created", report);
            return view(report, plan);
        });
    }

    public Page<ReportView> list(int page, int perPage) {
        return tenantData.call(tx -> {
            long total = tx.em()
                    .createQuery("SELECT COUNT(r) FROM Report r", Long.class)
                    .getSingleResult();
            List<ReportView> items = tx.em()
                    .createQuery("SELECT r FROM Report r ORDER BY LOWER(r.name), r.id", Report.class)
                    .setFirstResult((page - 1) * perPage)
                    .setMaxResults(perPage)
                    .getResultStream()
                    .map(r -> view(r, plan(tx, r.definition())))
                    .toList();
            return new Page<>(items, page, perPage, total);
        });
    }

    public ReportView get(UUID id) {
        return tenantData.call(tx -> {
            Report report = existing(tx, id);
            return view(report, plan(tx, report.definition()));
        });
    }

    public ReportView change(UUID actor, UUID id, ReportRequests.Define request) {
        return tenantData.call(tx -> {
            Report report = existing(tx, id);
            ReportPlan plan = checked(tx, request);
            requireFreeName(tx, request.name(), id);
            report.describe(request, tx.now());
            publish(tx, actor, "report.changed", report);
            return view(report, plan);
        });
    }

    public void delete(UUID actor, UUID id) {
        tenantData.call(tx -> {
            Report report = existing(tx, id);
            tx.em()
                    .createQuery("DELETE FROM ReportExecution e WHERE e.reportId = :report")
                    .setParameter("report", id)
                    .executeUpdate();
            tx.em().remove(report);
            publish(tx, actor, "report.deleted", report);
            return null;
        });
    }

    /** Queues a run in the report's format or {@code format}; the job starts once the request's transaction is done. */
    public ExecutionView execute(UUID actor, UUID id, String format) {
        ExecutionView queued = tenantData.call(tx -> {
            Report report = existing(tx, id);
            Dataset dataset = datasets.get(tx, report.dataset(), "dataset");
            requireReadable(dataset.source());
            ReportExecution execution =
                    new ReportExecution(report, format == null ? report.format() : format, actor, tx.now());
            tx.em().persist(execution);
            Map<String, Object> data = data(execution, report);
            outbox.publish(tx, "report.execution_requested", id.toString(), actor, data);
            return view(execution);
        });
        launch(tenant.tenantId(), queued.id());
        return queued;
    }

    public Page<ExecutionView> executions(UUID id, int page, int perPage) {
        return tenantData.call(tx -> {
            existing(tx, id);
            long total = tx.em()
                    .createQuery("SELECT COUNT(e) FROM ReportExecution e WHERE e.reportId = :report", Long.class)
                    .setParameter("report", id)
                    .getSingleResult();
            List<ExecutionView> items = tx.em()
                    .createQuery(
                            "SELECT e FROM ReportExecution e WHERE e.reportId = :report"
                                    + " ORDER BY e.requestedAt DESC, e.id",
                            ReportExecution.class)
                    .setParameter("report", id)
                    .setFirstResult((page - 1) * perPage)
                    .setMaxResults(perPage)
                    .getResultStream()
                    .map(ReportService::view)
                    .toList();
            return new Page<>(items, page, perPage, total);
        });
    }

    public ExecutionView execution(UUID id, UUID executionId) {
        return tenantData.call(tx -> view(existingExecution(tx, id, executionId)));
    }

    public DownloadView download(Caller caller, UUID id, UUID executionId) {
        UUID documentId = tenantData.call(tx -> {
            ReportExecution execution = existingExecution(tx, id, executionId);
            if (execution.status() != ReportExecution.Status.COMPLETED) {
                throw new Failure.Conflict(
                        ProblemType.REPORT_NOT_READY,
                        "Execution " + executionId + " is " + execution.status().apiName() + "; its file is not ready",
                        Map.of("execution_status", execution.status().apiName()));
            }
            requireReadable(datasets.get(tx, execution.definition().dataset(), "dataset")
                    .source());
            return execution.documentId();
        });
        return documents.downloadLink(caller, documentId);
    }

    /** What a dashboard tile reads off a report: one aggregate's value over a period, and its unit. */
    public record TileFigure(BigDecimal value, String unit) {}

    /**
     * The mistakes of a dashboard tile naming this report and column (field names after {@code at}):
     * the report must give one row of aggregates (no group_by) over a dataset with dates, and the
     * column must be one of its number aggregates.
     */
    public List<FieldError> tileErrors(UUID reportId, String column, String at) {
        return tenantData.call(tx -> {
            Report report = tx.em().find(Report.class, reportId);
            if (report == null) {
                return List.of(new FieldError(at + "report_id", "is not a report of the tenant"));
            }
            ReportRequests.Define definition = report.definition();
            Dataset dataset = datasets.get(tx, definition.dataset(), "dataset");
            List<FieldError> errors = new ArrayList<>();
            if ((definition.groupBy() != null && !definition.groupBy().isEmpty())
                    || definition.aggregates() == null
                    || definition.aggregates().isEmpty()) {
                errors.add(new FieldError(at + "report_id", "must be a report of aggregates without group_by"));
            }
            if (!dataset.source().filters().containsAll(List.of("from", "to"))) {
                errors.add(new FieldError(
                        at + "report_id", "its dataset " + dataset.key() + " has no dates to cut to a period"));
            }
            ReportPlan plan = plan(tx, definition);
            List<String> numbers = plan == null
                    ? List.of()
                    : plan.outputs().stream()
                            .filter(o -> ReportPlan.isNumber(o.type()))
                            .map(ReportPlan.Output::key)
                            .toList();
            if (column == null || !numbers.contains(column)) {
                errors.add(new FieldError(at + "column", "must be one of the report's number columns " + numbers));
            }
            return errors;
        });
    }

    /**
     * The value of a report's aggregate over the days {@code from} to {@code to} (the dataset's
     * date filters; they replace the report's own), read now through the dataset's capability.
     */
    public TileFigure tileValue(UUID reportId, String column, LocalDate from, LocalDate to) {
        UUID tenantId = tenant.tenantId();
        record Loaded(Dataset dataset, ReportPlan plan, Map<String, String> filters, String unit) {}
        Loaded loaded = tenantData.call(tx -> {
            Report report = existing(tx, reportId);
            ReportRequests.Define definition = report.definition();
            Dataset dataset = datasets.get(tx, definition.dataset(), "dataset");
            ReportPlan plan = ReportPlan.of(definition, dataset.fields());
            Map<String, String> filters =
                    new LinkedHashMap<>(definition.filters() == null ? Map.of() : definition.filters());
            filters.put("from", from.toString());
            filters.put("to", to.toString());
            FieldType type = plan.outputs().stream()
                    .filter(o -> o.key().equals(column))
                    .findFirst()
                    .map(ReportPlan.Output::type)
                    .orElse(FieldType.DECIMAL);
            String unit = type == FieldType.MONEY ? "amount" : type == FieldType.INTEGER ? "count" : "number";
            return new Loaded(dataset, plan, filters, unit);
        });
        ReportPlan.Tabulation tabulation = loaded.plan().tabulation();
        try {
            runner.read(
                    tenantId,
                    loaded.dataset(),
                    loaded.filters(),
                    tenants.name(tenantId),
                    new ReportRunner.Counts(),
                    row -> {
                        tabulation.add(row);
                        return true;
                    },
                    loaded.plan());
        } catch (java.io.IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
        Object value = tabulation.rows().get(0).get(column);
        return new TileFigure(
                value == null
                        ? null
                        : value instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) value).longValue()),
                loaded.unit());
    }

    void launch(UUID tenantId, UUID executionId) {
        Properties parameters = new Properties();
        parameters.setProperty("tenant", tenantId.toString());
        parameters.setProperty("execution", executionId.toString());
        leases.hold(JOB, leaseKey(tenantId, executionId), parameters);
        BatchRuntime.getJobOperator().start(JOB, parameters);
    }

    /** The definition checked against the catalogue: the dataset, its filters (keys and values) and the plan. */
    private ReportPlan checked(TenantTx tx, ReportRequests.Define request) {
        Dataset dataset = datasets.get(tx, request.dataset(), "dataset");
        requireReadable(dataset.source());
        List<FieldError> errors = new ArrayList<>();
        if (request.locale() != null && !Locales.valid(request.locale())) {
            errors.add(new FieldError("locale", "must be a BCP 47 language tag, e.g. en or de-CH"));
        }
        Map<String, String> filters = request.filters() == null ? Map.of() : request.filters();
        for (String key : filters.keySet()) {
            if (!dataset.source().filters().contains(key)) {
                errors.add(new FieldError(
                        "filters." + key,
                        "is not a filter of " + dataset.key() + "; use one of "
                                + dataset.source().filters()));
            }
        }
        ReportPlan plan = null;
        try {
            plan = ReportPlan.of(request, dataset.fields());
        } catch (Failure.InvalidInput invalid) {
            errors.addAll(invalid.errors());
        }
        if (errors.isEmpty()) {
            try {
                // The capability reads the filter values as it would for a run: a value it cannot read is named.
                dataset.source().after(tx, filters, null, 1);
            } catch (Failure.InvalidInput invalid) {
                invalid.errors()
                        .forEach(e -> errors.add(new FieldError(
                                e.field().replaceFirst("^source\\.filter\\.", "filters."), e.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return plan;
    }

    /** The plan of a saved definition, checked when it was saved (a custom field dropped since leaves its column empty). */
    private ReportPlan plan(TenantTx tx, ReportRequests.Define definition) {
        Dataset dataset = datasets.get(tx, definition.dataset(), "dataset");
        try {
            return ReportPlan.of(definition, dataset.fields());
        } catch (Failure.InvalidInput stale) {
            return null;
        }
    }

    private void requireReadable(RecordSource source) {
        if (!tenant.permissions().contains(source.readPermission())) {
            throw new Failure.Forbidden(
                    ProblemType.FORBIDDEN,
                    "Reports on " + source.type() + " records need the permission " + source.readPermission());
        }
    }

    private static void requireFreeName(TenantTx tx, String name, UUID self) {
        boolean taken = tx.em()
                        .createQuery(
                                "SELECT COUNT(r) FROM Report r WHERE LOWER(r.name) = :name AND r.id <> :self",
                                Long.class)
                        .setParameter("name", name.toLowerCase(Locale.ROOT))
                        .setParameter("self", self == null ? new UUID(0, 0) : self)
                        .getSingleResult()
                > 0;
        if (taken) {
            throw new Failure.Conflict(ProblemType.REPORT_NAME_TAKEN, "A report named " + name + " exists");
        }
    }

    private static Report existing(TenantTx tx, UUID id) {
        Report report = tx.em().find(Report.class, id);
        if (report == null) {
            throw new Failure.NotFound("No report " + id + " in this tenant");
        }
        return report;
    }

    private static ReportExecution existingExecution(TenantTx tx, UUID id, UUID executionId) {
        existing(tx, id);
        ReportExecution execution = tx.em().find(ReportExecution.class, executionId);
        if (execution == null || !execution.reportId().equals(id)) {
            throw new Failure.NotFound("No execution " + executionId + " of report " + id);
        }
        return execution;
    }

    private void publish(TenantTx tx, UUID actor, String event, Report report) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("report_id", report.id());
        data.put("name", report.name());
        data.put("dataset", report.dataset());
        data.put("format", report.format());
        outbox.publish(tx, event, report.id().toString(), actor, data);
    }

    static Map<String, Object> data(ReportExecution execution, Report report) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("report_id", execution.reportId());
        if (report != null) {
            data.put("name", report.name());
        }
        data.put("execution_id", execution.id());
        data.put("format", execution.format());
        return data;
    }

    static List<ColumnView> columns(List<ExportField> fields) {
        return fields.stream()
                .map(f -> new ColumnView(
                        f.key(), ReportPlan.label(f.key()), f.type().name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static ReportView view(Report r, ReportPlan plan) {
        return new ReportView(
                r.id(),
                r.name(),
                r.description(),
                r.dataset(),
                r.definition(),
                r.format(),
                plan == null
                        ? List.of()
                        : plan.outputs().stream()
                                .map(o -> new ColumnView(
                                        o.key(), o.label(), o.type().name().toLowerCase(Locale.ROOT)))
                                .toList(),
                r.createdBy(),
                r.createdAt(),
                r.updatedAt());
    }

    static ExecutionView view(ReportExecution e) {
        return new ExecutionView(
                e.id(),
                e.reportId(),
                e.status().apiName(),
                e.format(),
                e.requestedBy(),
                e.requestedAt(),
                e.startedAt(),
                e.finishedAt(),
                e.attempts(),
                e.recordsRead(),
                e.rowCount(),
                e.startedAt() == null || e.finishedAt() == null
                        ? null
                        : Duration.between(e.startedAt(), e.finishedAt()).toMillis(),
                e.outputBytes(),
                e.documentId(),
                e.filename(),
                e.error());
    }
}
