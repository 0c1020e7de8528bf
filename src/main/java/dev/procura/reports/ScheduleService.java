package dev.procura.reports;

import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.tenancy.TenantAccess;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.reports.ScheduleViews.DeliveryView;
import dev.procura.reports.ScheduleViews.ScheduleView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A report's schedules: when it runs on its own (in the tenant's zone) and who gets the file. Each
 * schedule's next wake-up is written to the control database before the schedule is saved, so a
 * saved schedule is never missed (a wake-up for a schedule that was not saved finds nothing to do).
 */
@ApplicationScoped
public class ScheduleService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    TenantContext tenant;

    @Inject
    TenantOutbox outbox;

    @Inject
    TenantAccess access;

    @Inject
    Datasets datasets;

    @Inject
    ReportWakeups wakeups;

    public ScheduleView create(UUID actor, UUID reportId, ScheduleRequests.Define request) {
        UUID id = UUID.randomUUID();
        Instant next = tenantData.call(tx -> checked(tx, reportId, request));
        wakeups.set(tenant.tenantId(), id, request.isActive() ? next : null);
        return tenantData.call(tx -> {
            existingReport(tx, reportId);
            ReportSchedule schedule = new ReportSchedule(id, reportId, actor, tx.now());
            schedule.describe(request, next, tx.now());
            tx.em().persist(schedule);
            publish(tx, actor, "report.schedule_created", schedule);
            return view(tx, schedule);
        });
    }

    public Page<ScheduleView> list(UUID reportId, int page, int perPage) {
        return tenantData.call(tx -> {
            existingReport(tx, reportId);
            long total = tx.em()
                    .createQuery("SELECT COUNT(s) FROM ReportSchedule s WHERE s.reportId = :report", Long.class)
                    .setParameter("report", reportId)
                    .getSingleResult();
            List<ScheduleView> items = tx.em()
                    .createQuery(
                            "SELECT s FROM ReportSchedule s WHERE s.reportId = :report ORDER BY s.createdAt, s.id",
                            ReportSchedule.class)
                    .setParameter("report", reportId)
                    .setFirstResult((page - 1) * perPage)
                    .setMaxResults(perPage)
                    .getResultStream()
                    .map(s -> view(tx, s))
                    .toList();
            return new Page<>(items, page, perPage, total);
        });
    }

    public ScheduleView get(UUID reportId, UUID id) {
        return tenantData.call(tx -> view(tx, existing(tx, reportId, id)));
    }

    public ScheduleView change(UUID actor, UUID reportId, UUID id, ScheduleRequests.Define request) {
        Instant next = tenantData.call(tx -> {
            existing(tx, reportId, id);
            return checked(tx, reportId, request);
        });
        wakeups.set(tenant.tenantId(), id, request.isActive() ? next : null);
        return tenantData.call(tx -> {
            ReportSchedule schedule = existing(tx, reportId, id);
            schedule.describe(request, next, tx.now());
            publish(tx, actor, "report.schedule_changed", schedule);
            return view(tx, schedule);
        });
    }

    public void delete(UUID actor, UUID reportId, UUID id) {
        tenantData.call(tx -> {
            ReportSchedule schedule = existing(tx, reportId, id);
            tx.em().remove(schedule);
            publish(tx, actor, "report.schedule_deleted", schedule);
            return null;
        });
        wakeups.set(tenant.tenantId(), id, null);
    }

    public Page<DeliveryView> deliveries(UUID reportId, UUID id, int page, int perPage) {
        return tenantData.call(tx -> {
            existing(tx, reportId, id);
            long total = tx.em()
                    .createQuery("SELECT COUNT(d) FROM ReportDelivery d WHERE d.scheduleId = :schedule", Long.class)
                    .setParameter("schedule", id)
                    .getSingleResult();
            List<DeliveryView> items = tx.em()
                    .createQuery(
                            "SELECT d FROM ReportDelivery d WHERE d.scheduleId = :schedule ORDER BY d.dueAt DESC, d.id",
                            ReportDelivery.class)
                    .setParameter("schedule", id)
                    .setFirstResult((page - 1) * perPage)
                    .setMaxResults(perPage)
                    .getResultStream()
                    .map(ScheduleService::view)
                    .toList();
            return new Page<>(items, page, perPage, total);
        });
    }

    /** The schedule checked (its cadence, and recipients who are members allowed to read the dataset); its next run. */
    private Instant checked(TenantTx tx, UUID reportId, ScheduleRequests.Define request) {
        Report report = existingReport(tx, reportId);
        String permission =
                datasets.get(tx, report.dataset(), "dataset").source().readPermission();
        List<FieldError> errors = new ArrayList<>();
        Cadence cadence = Cadence.of(request, errors);
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.recipients().size(); i++) {
            UUID recipient = request.recipients().get(i);
            String at = "recipients[" + i + "]";
            Optional<TenantAccess.Access> held = access.accessOf(tx.tenantId(), recipient);
            if (!seen.add(recipient)) {
                errors.add(new FieldError(at, "is named twice"));
            } else if (held.isEmpty()) {
                errors.add(new FieldError(at, "is not a member of the tenant"));
            } else if (!held.get().permissions().contains(permission)) {
                errors.add(new FieldError(
                        at, "may not read " + report.dataset() + " records (needs the permission " + permission + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return cadence.next(tx.now(), tx.calendar().zone());
    }

    private static Report existingReport(TenantTx tx, UUID reportId) {
        Report report = tx.em().find(Report.class, reportId);
        if (report == null) {
            throw new Failure.NotFound("No report " + reportId + " in this tenant");
        }
        return report;
    }

    private static ReportSchedule existing(TenantTx tx, UUID reportId, UUID id) {
        existingReport(tx, reportId);
        ReportSchedule schedule = tx.em().find(ReportSchedule.class, id);
        if (schedule == null || !schedule.reportId().equals(reportId)) {
            throw new Failure.NotFound("No schedule " + id + " of report " + reportId);
        }
        return schedule;
    }

    private void publish(TenantTx tx, UUID actor, String event, ReportSchedule schedule) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("schedule_id", schedule.id());
        data.put("report_id", schedule.reportId());
        data.put("cadence", schedule.definition().cadence());
        data.put("active", schedule.isActive());
        data.put("recipients", schedule.definition().recipients().size());
        outbox.publish(tx, event, schedule.reportId().toString(), actor, data);
    }

    static ScheduleView view(TenantTx tx, ReportSchedule s) {
        ScheduleRequests.Define definition = s.definition();
        Cadence cadence = Cadence.of(definition, new ArrayList<>());
        return new ScheduleView(
                s.id(),
                s.reportId(),
                definition,
                cadence == null ? null : cadence.describe(),
                tx.calendar().zone().getId(),
                s.nextRunAt(),
                s.createdBy(),
                s.createdAt(),
                s.updatedAt());
    }

    static DeliveryView view(ReportDelivery d) {
        return new DeliveryView(
                d.id(),
                d.scheduleId(),
                d.dueAt(),
                d.status().apiName(),
                d.attempts(),
                d.executionId(),
                d.retryAt(),
                d.deliveredAt(),
                d.attached(),
                d.sentTo(),
                d.skipped(),
                d.error());
    }
}
