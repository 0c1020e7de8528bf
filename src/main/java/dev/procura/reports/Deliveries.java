package dev.procura.reports;

import dev.procura.documents.DocumentService;
import dev.procura.identity.UserFacts;
import dev.procura.notifications.Mailer;
import dev.procura.notifications.RenderedMessage;
import dev.procura.platform.branding.BrandingFacts;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.tenancy.TenantAccess;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers a scheduled run once its execution has ended: the file by email to each recipient who
 * is still a member allowed to read the report's dataset, attached up to
 * {@code procura.reports.attach-max-bytes}, else as a link to the execution's download. A run that
 * failed, or an email that could not be sent, is retried after {@code procura.reports.retry-after}
 * (twice that the second time, …) up to {@code procura.reports.delivery-attempts} runs; a retry
 * mails only those who did not get it yet.
 */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    @ConfigProperty(name = "procura.reports.attach-max-bytes", defaultValue = "5242880")
    long attachMaxBytes;

    @Inject
    @ConfigProperty(name = "procura.reports.retry-after", defaultValue = "PT5M")
    Duration retryAfter;

    @Inject
    @ConfigProperty(name = "procura.reports.delivery-attempts", defaultValue = "3")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "procura.notifications.link-base-url")
    Optional<String> linkBaseUrl;

    @Inject
    TenantTransactions tenantData;

    @Inject
    TenantOutbox outbox;

    @Inject
    TenantAccess access;

    @Inject
    Datasets datasets;

    @Inject
    UserFacts users;

    @Inject
    DocumentService documents;

    @Inject
    Mailer mailer;

    @Inject
    BrandingFacts branding;

    @Inject
    ReportWakeups wakeups;

    /** What a delivery's emails need, read once the run has ended. */
    private record Job(
            UUID deliveryId,
            UUID scheduleId,
            UUID reportId,
            String reportName,
            String cadence,
            Instant dueAt,
            ZoneId zone,
            ReportExecution execution,
            List<UUID> recipients,
            String permission) {}

    /** Called once an execution has ended; does nothing for an execution no schedule asked for. */
    void afterRun(UUID tenantId, UUID executionId) {
        try {
            deliver(tenantId, executionId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Delivery of report execution " + executionId + " failed", e);
            settle(tenantId, executionId, List.of(), List.of(), null, "The delivery failed: " + e.getMessage());
        }
    }

    private void deliver(UUID tenantId, UUID executionId) {
        Job job = tenantData.call(tenantId, tx -> job(tx, executionId));
        if (job == null) {
            return;
        }
        if (job.execution().status() != ReportExecution.Status.COMPLETED) {
            settle(
                    tenantId,
                    executionId,
                    List.of(),
                    List.of(),
                    null,
                    "The report run failed: " + job.execution().error());
            return;
        }
        List<UUID> allowed = new ArrayList<>();
        List<UUID> skipped = new ArrayList<>();
        for (UUID recipient : job.recipients()) {
            boolean may = access.accessOf(tenantId, recipient)
                    .map(a -> a.permissions().contains(job.permission()))
                    .orElse(false);
            (may ? allowed : skipped).add(recipient);
        }
        boolean attach =
                job.execution().outputBytes() != null && job.execution().outputBytes() <= attachMaxBytes;
        Mailer.Attachment attachment = attach ? attachment(tenantId, job.execution()) : null;
        BrandingFacts.Letterhead letterhead = branding.letterhead(tenantId);
        RenderedMessage message = message(tenantId, job, attach).withLetterhead(letterhead);
        List<UUID> sent = new ArrayList<>();
        String failure = null;
        for (UserFacts.Contact contact : users.contacts(allowed)) {
            try {
                mailer.send(contact.email(), contact.name(), message, letterhead.displayName(), attachment);
                sent.add(contact.userId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Report email to " + contact.userId() + " failed", e);
                failure = "An email could not be sent; the rest went out";
            }
        }
        settle(tenantId, executionId, sent, skipped, attach, failure);
    }

    private Job job(TenantTx tx, UUID executionId) {
        List<ReportDelivery> found = tx.em()
                .createQuery("SELECT d FROM ReportDelivery d WHERE d.executionId = :execution", ReportDelivery.class)
                .setParameter("execution", executionId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty() || found.get(0).status() != ReportDelivery.Status.RUNNING) {
            return null;
        }
        ReportDelivery delivery = found.get(0);
        ReportSchedule schedule = tx.em().find(ReportSchedule.class, delivery.scheduleId());
        Report report = tx.em().find(Report.class, schedule.reportId());
        List<UUID> recipients = new ArrayList<>(schedule.definition().recipients());
        recipients.removeAll(delivery.sentTo());
        recipients.removeAll(delivery.skipped());
        Cadence cadence = Cadence.of(schedule.definition(), new ArrayList<>());
        return new Job(
                delivery.id(),
                schedule.id(),
                report.id(),
                report.name(),
                cadence == null ? "" : cadence.describe(),
                delivery.dueAt(),
                tx.calendar().zone(),
                tx.em().find(ReportExecution.class, executionId),
                recipients,
                datasets.get(tx, report.dataset(), "dataset").source().readPermission());
    }

    private Mailer.Attachment attachment(UUID tenantId, ReportExecution execution) {
        DocumentService.Content content = documents.contentForJob(tenantId, execution.documentId());
        try (InputStream in = content.stream()) {
            return new Mailer.Attachment(content.filename(), content.mimeType(), in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("could not read the report file: " + e.getMessage(), e);
        }
    }

    private RenderedMessage message(UUID tenantId, Job job, boolean attached) {
        ReportExecution execution = job.execution();
        String when = WHEN.format(job.dueAt().atZone(job.zone()));
        String path = "/api/v1/tenants/" + tenantId + "/reports/" + job.reportId() + "/executions/" + execution.id()
                + "/download";
        String file = attached
                ? "The file " + execution.filename() + " is attached."
                : "The file " + execution.filename() + " (" + execution.outputBytes()
                        + " bytes) is too large to attach; download it at " + linkBaseUrl.orElse("") + path;
        return new RenderedMessage(
                job.reportName() + " (" + when + ")",
                "The report \"" + job.reportName() + "\" ran as scheduled (" + job.cadence() + ", due " + when + " "
                        + job.zone().getId() + "): " + execution.rowCount() + " rows.\n\n" + file + "\n",
                null);
    }

    /** Records how the delivery went: delivered, or retried later, or failed for good. */
    private void settle(
            UUID tenantId, UUID executionId, List<UUID> sent, List<UUID> skipped, Boolean attached, String failure) {
        record Retry(UUID scheduleId, Instant at) {}
        Retry retry = tenantData.call(tenantId, tx -> {
            List<ReportDelivery> found = tx.em()
                    .createQuery(
                            "SELECT d FROM ReportDelivery d WHERE d.executionId = :execution", ReportDelivery.class)
                    .setParameter("execution", executionId)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            if (found.isEmpty() || found.get(0).status() != ReportDelivery.Status.RUNNING) {
                return null;
            }
            ReportDelivery delivery = found.get(0);
            sent.forEach(delivery::sent);
            skipped.forEach(delivery::skip);
            Instant next = null;
            String event;
            if (failure == null) {
                delivery.delivered(tx.now(), Boolean.TRUE.equals(attached));
                event = "report.delivered";
            } else if (delivery.attempts() < maxAttempts) {
                next = tx.now().plus(retryAfter.multipliedBy(delivery.attempts()));
                delivery.retryAt(next, failure);
                event = "report.delivery_retrying";
            } else {
                delivery.failed(failure);
                event = "report.delivery_failed";
            }
            ReportSchedule schedule = tx.em().find(ReportSchedule.class, delivery.scheduleId());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("schedule_id", delivery.scheduleId());
            data.put("delivery_id", delivery.id());
            data.put("execution_id", executionId);
            data.put("attempts", delivery.attempts());
            data.put("sent_to", delivery.sentTo().size());
            data.put("skipped", delivery.skipped().size());
            if (failure != null) {
                data.put("error", failure);
            }
            outbox.publish(tx, event, schedule.reportId().toString(), schedule.createdBy(), data);
            return next == null ? null : new Retry(delivery.scheduleId(), next);
        });
        if (retry != null) {
            wakeups.noLaterThan(tenantId, retry.scheduleId(), retry.at());
        }
    }
}
