package dev.procura.labels;

import dev.procura.platform.batch.JobLeases;
import dev.procura.platform.branding.BrandingFacts;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.storage.BlobStore;
import dev.procura.platform.storage.StreamedObject;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.tenants.TenantService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipOutputStream;

/**
 * One label job: prints its labels into a temporary PDF and a temporary ZIP of PNGs, stores both
 * in the object store under the tenant's {@code labels/} prefix and records the outcome with the
 * render times. A job started again (another server took over the lease) prints everything again:
 * the files are made whole or not at all.
 */
@ApplicationScoped
class LabelRun {

    private static final Logger LOG = Logger.getLogger(LabelRun.class.getName());

    @Inject
    TenantTransactions tenantData;

    @Inject
    LabelRepository repository;

    @Inject
    LabelEvents events;

    @Inject
    BlobStore blobs;

    @Inject
    BrandingFacts branding;

    @Inject
    TenantService tenants;

    @Inject
    JobLeases leases;

    @Resource
    ManagedExecutorService partUploads;

    /** What printing needs, read when the job begins. */
    private record Begun(List<Label> labels, LabelDesign design, List<Symbology> symbologies, int copies) {}

    void run(UUID tenantId, UUID jobId) {
        try {
            Begun begun = begin(tenantId, jobId);
            if (begun != null) {
                produce(tenantId, jobId, begun);
            }
        } catch (RuntimeException | IOException e) {
            failed(tenantId, jobId, e);
        } finally {
            leases.release(LabelService.JOB, LabelService.leaseKey(tenantId, jobId));
        }
    }

    private Begun begin(UUID tenantId, UUID jobId) {
        return tenantData.call(tenantId, tx -> {
            LabelJob job = repository.lockedJob(tx.em(), jobId).orElse(null);
            if (job == null || job.isFinished()) {
                return null;
            }
            job.started(tx.now());
            return new Begun(job.labels(), job.design(), job.symbologies(), job.copies());
        });
    }

    private void produce(UUID tenantId, UUID jobId, Begun begun) throws IOException {
        String company = branding.letterhead(tenantId).displayNameOr(tenants.name(tenantId));
        Path pdf = Files.createTempFile("procura-labels-", ".pdf");
        Path zip = Files.createTempFile("procura-labels-", ".zip");
        try {
            long start = System.nanoTime();
            LabelPrinter.Printed printed;
            try (OutputStream pdfOut = new BufferedOutputStream(Files.newOutputStream(pdf));
                    ZipOutputStream pngs = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)))) {
                printed = LabelPrinter.print(
                        begun.labels(), begun.design(), begun.symbologies(), begun.copies(), company, pdfOut, pngs);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            String prefix = "tenants/" + tenantId + "/labels/" + jobId + "/";
            long pdfBytes = store(pdf, prefix + "labels.pdf", "application/pdf");
            long zipBytes = store(zip, prefix + "labels-png.zip", "application/zip");
            tenantData.call(tenantId, tx -> {
                LabelJob job = repository.lockedJob(tx.em(), jobId).orElseThrow();
                job.completed(
                        tx.now(),
                        prefix + "labels.pdf",
                        pdfBytes,
                        prefix + "labels-png.zip",
                        zipBytes,
                        printed,
                        millis);
                events.completed(tx, job);
                return null;
            });
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(zip);
        }
    }

    private long store(Path file, String key, String contentType) throws IOException {
        try (StreamedObject object = StreamedObject.open(blobs, partUploads, key, contentType);
                InputStream in = Files.newInputStream(file)) {
            in.transferTo(object);
            return object.publish();
        }
    }

    void failed(UUID tenantId, UUID jobId, Throwable error) {
        LOG.log(Level.WARNING, "Label job " + jobId + " of tenant " + tenantId + " failed", error);
        String reason = reason(error);
        try {
            tenantData.call(tenantId, tx -> {
                repository.lockedJob(tx.em(), jobId).ifPresent(job -> {
                    job.failed(tx.now(), reason);
                    events.failed(tx, job);
                });
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot record that label job " + jobId + " failed", e);
        }
    }

    /** A failure's own words (a label too small for a symbol, storage unavailable); anything else by kind only. */
    static String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof Failure || t instanceof IllegalArgumentException) {
                return t.getMessage();
            }
            if (t instanceof UncheckedIOException) {
                break;
            }
        }
        return "The label job stopped on an internal error; the server log has the details";
    }
}
