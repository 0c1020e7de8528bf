package dev.procura.labels;

import dev.procura.labels.LabelViews.Downloads;
import dev.procura.labels.LabelViews.JobView;
import dev.procura.labels.LabelViews.Timing;
import dev.procura.platform.batch.JobLeases;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.Caller;
import dev.procura.platform.storage.BlobStore;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantAccess;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Barcode labels: a request is checked and resolved at once (every unknown id and every label that
 * cannot carry a requested symbology is a 400, nothing is recorded), then a job renders the PDF and
 * the PNGs and stores them. A job is seen by the member who asked for it, and by members who read
 * logistics tenant-wide.
 */
@ApplicationScoped
public class LabelService {

    static final String JOB = "label-generation";

    @Inject
    TenantTransactions tenantData;

    @Inject
    LabelRepository repository;

    @Inject
    LabelTemplateService templates;

    @Inject
    LabelSubjects subjects;

    @Inject
    LabelEvents events;

    @Inject
    LabelRun run;

    @Inject
    JobLeases leases;

    @Inject
    PlantAccess access;

    @Inject
    BlobStore blobs;

    @Inject
    TenantContext tenant;

    static String leaseKey(UUID tenantId, UUID jobId) {
        return tenantId + "/" + jobId;
    }

    /** A stored file of a job, ready to stream. */
    public record Output(InputStream stream, String filename, String mimeType) {}

    public JobView generate(Caller caller, LabelRequests.Generate request) {
        LabelSubject subject = LabelSubject.of(request.subject()).orElseThrow();
        LabelJob job = tenantData.call(tx -> {
            LabelDesign design = templates.designFor(tx, request.templateId());
            List<Symbology> symbologies = symbologies(request.symbologies(), design);
            List<Label> labels = subjects.resolve(tx, subject, request.ids(), symbologies);
            LabelJob created = new LabelJob(
                    subject,
                    symbologies,
                    request.templateId(),
                    design,
                    request.copies() == null ? 1 : request.copies(),
                    labels,
                    caller.userId(),
                    tx.now());
            tx.em().persist(created);
            tx.em().flush();
            events.requested(tx, caller.userId(), created);
            return created;
        });
        UUID tenantId = tenant.tenantId();
        launch(tenantId, job.id());
        return view(tenantId, job);
    }

    private void launch(UUID tenantId, UUID jobId) {
        Properties parameters = new Properties();
        parameters.setProperty("tenant", tenantId.toString());
        parameters.setProperty("job", jobId.toString());
        leases.hold(JOB, leaseKey(tenantId, jobId), parameters);
        try {
            BatchRuntime.getJobOperator().start(JOB, parameters);
        } catch (RuntimeException e) {
            run.failed(tenantId, jobId, e);
            leases.release(JOB, leaseKey(tenantId, jobId));
            throw e;
        }
    }

    public JobView get(Caller caller, UUID jobId) {
        return tenantData.call(tx -> view(tx.tenantId(), visible(tx, caller, jobId)));
    }

    public Output pdf(Caller caller, UUID jobId) {
        LabelJob job = tenantData.call(tx -> completed(visible(tx, caller, jobId)));
        return new Output(blobs.open(job.pdfKey()), "labels-" + jobId + ".pdf", "application/pdf");
    }

    public Output pngZip(Caller caller, UUID jobId) {
        LabelJob job = tenantData.call(tx -> completed(visible(tx, caller, jobId)));
        return new Output(blobs.open(job.pngKey()), "labels-" + jobId + "-png.zip", "application/zip");
    }

    /** The {@code number}th label's PNG (from 1), read out of the job's ZIP. */
    public Output png(Caller caller, UUID jobId, int number) {
        LabelJob job = tenantData.call(tx -> completed(visible(tx, caller, jobId)));
        if (number < 1 || number > job.labelCount()) {
            throw new Failure.NotFound(
                    "Job " + jobId + " has labels 1 to " + job.labelCount() + ", no label " + number);
        }
        String name = LabelPrinter.pngName(number);
        ZipInputStream zip = new ZipInputStream(blobs.open(job.pngKey()));
        try {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new Output(zip, "label-" + jobId + "-" + number + ".png", "image/png");
                }
            }
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new Failure.NotFound("The stored labels of job " + jobId + " hold no " + name);
    }

    private LabelJob visible(TenantTx tx, Caller caller, UUID jobId) {
        LabelJob job = repository
                .job(tx.em(), jobId)
                .orElseThrow(() -> new Failure.NotFound("No label job " + jobId + " in this tenant"));
        if (!caller.userId().equals(job.requestedBy())
                && !access.scope(Permissions.LOGISTICS_READ).everywhere()) {
            throw new Failure.NotFound("No label job " + jobId + " in this tenant");
        }
        return job;
    }

    private static LabelJob completed(LabelJob job) {
        if (job.status() != LabelJob.Status.COMPLETED) {
            throw new Failure.Conflict(
                    ProblemType.LABELS_NOT_READY,
                    "Label job " + job.id() + " is " + job.status().apiName() + "; its files are not ready",
                    Map.of("job_status", job.status().apiName()));
        }
        return job;
    }

    private static List<Symbology> symbologies(List<String> asked, LabelDesign design) {
        List<String> names = asked == null ? design.symbologies() : asked;
        if (names.stream().distinct().count() != names.size()) {
            throw new Failure.InvalidInput("symbologies", "must not repeat a symbology");
        }
        return names.stream().map(n -> Symbology.of(n).orElseThrow()).toList();
    }

    static JobView view(UUID tenantId, LabelJob job) {
        String base = "/api/v1/tenants/" + tenantId + "/barcodes/jobs/" + job.id();
        boolean done = job.status() == LabelJob.Status.COMPLETED;
        Downloads downloads = done
                ? new Downloads(base + "/pdf", job.pdfBytes(), base + "/png", job.pngBytes(), base + "/png/{n}")
                : null;
        return new JobView(
                job.id(),
                job.status().apiName(),
                job.subject(),
                job.symbologies().stream().map(Symbology::apiName).toList(),
                job.templateId(),
                job.design().name(),
                job.copies(),
                job.labelCount(),
                job.pages(),
                job.requestedBy(),
                job.requestedAt(),
                job.startedAt(),
                job.finishedAt(),
                job.error(),
                downloads,
                done ? timing(job) : null);
    }

    private static Timing timing(LabelJob job) {
        long millis = job.renderMillis();
        BigDecimal perSecond = millis == 0
                ? null
                : BigDecimal.valueOf(job.labelCount() * 1000L)
                        .divide(BigDecimal.valueOf(millis), 1, RoundingMode.HALF_UP);
        return new Timing(millis, perSecond, millis(job.labelP50Micros()), millis(job.labelP95Micros()));
    }

    private static BigDecimal millis(Long micros) {
        return micros == null
                ? null
                : BigDecimal.valueOf(micros).movePointLeft(3).setScale(2, RoundingMode.HALF_UP);
    }
}
