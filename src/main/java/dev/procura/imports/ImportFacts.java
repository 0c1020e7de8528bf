package dev.procura.imports;

import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** What other capabilities (analytics) may know about bulk imports: their rows and the reasons rows were rejected. */
@ApplicationScoped
public class ImportFacts {

    /** One import: when it was asked for, of which master, its status, and its rows read and rejected. */
    public record Run(
            Instant requestedAt, String entity, String status, boolean dryRun, long rowsRead, long rejected) {}

    /** How many field errors of one field and message the imports got. */
    public record Rejection(String field, String message, long count) {}

    /** Imports requested in {@code [from, to)}. */
    public List<Run> requestedIn(TenantTx tx, Instant from, Instant to) {
        return tx.em()
                .createQuery(
                        "SELECT i FROM BulkImport i WHERE i.requestedAt >= :from AND i.requestedAt < :to",
                        BulkImport.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(i -> new Run(i.requestedAt(), i.entity(), i.status(), i.isDryRun(), i.rowsRead(), i.rejected()))
                .toList();
    }

    /** The field errors of the imports requested in {@code [from, to)}, per field and message, most first. */
    public List<Rejection> rejections(TenantTx tx, Instant from, Instant to, int limit) {
        return tx.em()
                .createQuery(
                        "SELECT r.field, r.message, COUNT(r) FROM ImportRejection r, BulkImport i"
                                + " WHERE i.id = r.importId AND i.requestedAt >= :from AND i.requestedAt < :to"
                                + " GROUP BY r.field, r.message ORDER BY COUNT(r) DESC, r.field, r.message",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new Rejection((String) row[0], (String) row[1], ((Number) row[2]).longValue()))
                .toList();
    }
}
