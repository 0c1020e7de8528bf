package dev.procura.conversions;

import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** What other capabilities (analytics) may know about conversions: outcomes, sizes and failures. */
@ApplicationScoped
public class ConversionFacts {

    /**
     * One conversion: when asked for and finished, its template, format and source type, its status
     * ({@code queued}, {@code running}, {@code completed}, {@code failed}, {@code cancelled}), why
     * it failed, and the rows and bytes it produced.
     */
    public record Run(
            Instant requestedAt,
            Instant completedAt,
            String template,
            String format,
            String sourceType,
            String status,
            String error,
            long rows,
            Long bytes) {}

    /** Conversions requested in {@code [from, to)}. */
    public List<Run> requestedIn(TenantTx tx, Instant from, Instant to) {
        return tx.em()
                .createQuery(
                        "SELECT c FROM Conversion c WHERE c.requestedAt >= :from AND c.requestedAt < :to",
                        Conversion.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(c -> new Run(
                        c.requestedAt(),
                        c.completedAt(),
                        c.templateName(),
                        c.format(),
                        c.sourceType(),
                        c.status().apiName(),
                        c.error(),
                        c.rowsDone(),
                        c.outputBytes()))
                .toList();
    }
}
