package dev.procura.documents;

import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** What other capabilities (analytics) may know about text extraction of uploaded files. */
@ApplicationScoped
public class ExtractionFacts {

    /**
     * A stored file: its detected type, when it was uploaded and its text extracted (null: not yet,
     * or before times were kept), and the outcome: {@code extracted}, {@code failed} (unreadable,
     * with the reason) or {@code pending}.
     */
    public record Extraction(String fileType, Instant uploadedAt, Instant extractedAt, String outcome, String error) {}

    /** Files uploaded or extracted in {@code [from, to)}. */
    public List<Extraction> touchedIn(TenantTx tx, Instant from, Instant to) {
        return tx.em()
                .createQuery(
                        "SELECT f FROM StoredFile f WHERE (f.createdAt >= :from AND f.createdAt < :to)"
                                + " OR (f.extractedAt >= :from AND f.extractedAt < :to)",
                        StoredFile.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(f -> new Extraction(
                        f.detectedType(),
                        f.createdAt(),
                        f.extractedAt(),
                        f.extractionError() != null ? "failed" : f.extractedText() != null ? "extracted" : "pending",
                        f.extractionError()))
                .toList();
    }
}
