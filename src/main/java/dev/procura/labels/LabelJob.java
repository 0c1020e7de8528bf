package dev.procura.labels;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One generation of labels: the labels and the template as they were when asked for, how the job
 * went, where its PDF and its ZIP of PNGs are stored, and how long rendering took.
 */
@Entity
@Table(name = "label_jobs")
public class LabelJob {

    enum Status {
        QUEUED,
        RUNNING,
        COMPLETED,
        FAILED;

        String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    private UUID id;

    private String subject;
    private String symbologies;

    @Column(name = "template_id")
    private UUID templateId;

    private String template;
    private int copies;
    private String labels;

    @Column(name = "label_count")
    private int labelCount;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "requested_by")
    private UUID requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private Integer pages;

    @Column(name = "pdf_key")
    private String pdfKey;

    @Column(name = "pdf_bytes")
    private Long pdfBytes;

    @Column(name = "png_key")
    private String pngKey;

    @Column(name = "png_bytes")
    private Long pngBytes;

    @Column(name = "render_millis")
    private Long renderMillis;

    @Column(name = "label_p50_micros")
    private Long labelP50Micros;

    @Column(name = "label_p95_micros")
    private Long labelP95Micros;

    private String error;

    @Version
    private long version;

    protected LabelJob() {}

    LabelJob(
            LabelSubject subject,
            List<Symbology> symbologies,
            UUID templateId,
            LabelDesign design,
            int copies,
            List<Label> labels,
            UUID requestedBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.subject = subject.apiName();
        this.symbologies =
                String.join(",", symbologies.stream().map(Symbology::apiName).toList());
        this.templateId = templateId;
        this.template = design.toJson();
        this.copies = copies;
        this.labels = Label.toJson(labels);
        this.labelCount = labels.size();
        this.status = Status.QUEUED;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    void started(Instant now) {
        status = Status.RUNNING;
        startedAt = now;
    }

    void completed(
            Instant now,
            String pdf,
            long pdfSize,
            String png,
            long pngSize,
            LabelPrinter.Printed printed,
            long millis) {
        status = Status.COMPLETED;
        finishedAt = now;
        pdfKey = pdf;
        pdfBytes = pdfSize;
        pngKey = png;
        pngBytes = pngSize;
        pages = printed.pages();
        renderMillis = millis;
        labelP50Micros = printed.percentile(50);
        labelP95Micros = printed.percentile(95);
        error = null;
    }

    void failed(Instant now, String reason) {
        status = Status.FAILED;
        finishedAt = now;
        error = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    boolean isFinished() {
        return status == Status.COMPLETED || status == Status.FAILED;
    }

    UUID id() {
        return id;
    }

    String subject() {
        return subject;
    }

    List<Symbology> symbologies() {
        return Arrays.stream(symbologies.split(","))
                .map(s -> Symbology.of(s).orElseThrow())
                .toList();
    }

    UUID templateId() {
        return templateId;
    }

    LabelDesign design() {
        return LabelDesign.fromJson(template);
    }

    int copies() {
        return copies;
    }

    List<Label> labels() {
        return Label.fromJson(labels);
    }

    int labelCount() {
        return labelCount;
    }

    Status status() {
        return status;
    }

    UUID requestedBy() {
        return requestedBy;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    Integer pages() {
        return pages;
    }

    String pdfKey() {
        return pdfKey;
    }

    Long pdfBytes() {
        return pdfBytes;
    }

    String pngKey() {
        return pngKey;
    }

    Long pngBytes() {
        return pngBytes;
    }

    Long renderMillis() {
        return renderMillis;
    }

    Long labelP50Micros() {
        return labelP50Micros;
    }

    Long labelP95Micros() {
        return labelP95Micros;
    }

    String error() {
        return error;
    }
}
