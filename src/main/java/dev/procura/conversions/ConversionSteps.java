package dev.procura.conversions;

import dev.procura.platform.exports.ExportRecord;
import dev.procura.platform.exports.RecordSource;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.tenants.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The work of the conversion job's first step: reading records a page at a time through their
 * capability and staging the mapped rows chunk by chunk. Each chunk and the checkpoint after it
 * are written in one tenant transaction, so a job started again (a retry, or another server after
 * this one died) goes on exactly after the last chunk staged.
 */
@ApplicationScoped
public class ConversionSteps {

    @Inject
    TenantTransactions tenantData;

    @Inject
    Sources sources;

    @Inject
    TenantService tenants;

    @Inject
    ConversionOutcomes outcomes;

    /** Marks the conversion running (one more attempt) and loads what the job needs; null if it was cancelled meanwhile. */
    ConversionWork begin(UUID tenantId, UUID conversionId) {
        String buyer = tenants.name(tenantId);
        return tenantData.call(tenantId, tx -> {
            Conversion conversion = locked(tx.em(), conversionId);
            if (conversion.isFinished()) {
                return null;
            }
            conversion.started(tx.now());
            return new ConversionWork(
                    tenantId,
                    conversionId,
                    conversion.definition(),
                    conversion.selection(),
                    conversion.sourceType(),
                    buyer,
                    conversion.chunksDone(),
                    conversion.position());
        });
    }

    /** The next records after {@code position}; none once all are read or a cancel was asked for. */
    List<ConversionWork.Read> next(ConversionWork work, String position, int limit) {
        return tenantData.call(work.tenantId, tx -> {
            Conversion conversion = tx.em().find(Conversion.class, work.conversionId);
            if (conversion == null || conversion.isCancelRequested()) {
                return List.of();
            }
            return page(tx, work.sourceType, work.selection, position, limit, work.buyer);
        });
    }

    /** Up to {@code limit} records after {@code position}, each with the position after it. */
    List<ConversionWork.Read> page(
            TenantTx tx, String sourceType, Selection selection, String position, int limit, String buyer) {
        RecordSource source = sources.source(sourceType, "source.type");
        List<ConversionWork.Read> read = new ArrayList<>();
        if (selection.isByIds()) {
            int from = position == null ? 0 : Integer.parseInt(position);
            int to = Math.min(selection.ids().size(), from + limit);
            List<UUID> ids = selection.ids().subList(from, to);
            // Records deleted since the request are skipped; the position still moves past their ids.
            List<ExportRecord> records = sources.enriched(tx, source, source.byIds(tx, ids), buyer);
            for (int i = 0; i < records.size(); i++) {
                read.add(new ConversionWork.Read(records.get(i), i == records.size() - 1 ? String.valueOf(to) : null));
            }
            if (records.isEmpty() && to > from) {
                read.add(new ConversionWork.Read(null, String.valueOf(to)));
            }
            return read;
        }
        List<ExportRecord> records =
                sources.enriched(tx, source, source.after(tx, selection.filter(), position, limit), buyer);
        for (ExportRecord record : records) {
            read.add(new ConversionWork.Read(record, record.key()));
        }
        return read;
    }

    /**
     * Stages a chunk of rows and moves the checkpoint, unless another server staged this chunk
     * first ({@link TakenOver}).
     */
    void stage(ConversionWork work, List<ConversionWork.Mapped> mapped) {
        String position = work.position;
        List<String> problems = new ArrayList<>();
        List<dev.procura.conversions.render.Row> rows = new ArrayList<>();
        int lines = 0;
        for (ConversionWork.Mapped item : mapped) {
            if (item.positionAfter() != null) {
                position = item.positionAfter();
            }
            if (item.row() != null) {
                rows.add(item.row());
                lines += Math.max(1, item.row().lines().size());
            }
            problems.addAll(item.problems());
        }
        String newPosition = position;
        int rowCount = work.definition.lineColumns().isEmpty() ? rows.size() : lines;
        String staged = StagedRows.write(work.definition, rows);
        try {
            tenantData.call(work.tenantId, tx -> {
                // The chunk's key (conversion, seq) is unique: of two servers staging the same chunk one
                // fails here. The conversion row is locked only after, so a cancel is never kept waiting.
                tx.em()
                        .createNativeQuery(
                                "INSERT INTO conversion_chunks (conversion_id, seq, row_count, rows) VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, work.conversionId)
                        .setParameter(2, work.chunksDone + 1)
                        .setParameter(3, rows.size())
                        .setParameter(4, staged)
                        .executeUpdate();
                Conversion conversion = locked(tx.em(), work.conversionId);
                if (conversion.chunksDone() != work.chunksDone) {
                    throw new TakenOver("Conversion " + work.conversionId + " staged chunk " + conversion.chunksDone()
                            + " elsewhere; this run had " + work.chunksDone);
                }
                conversion.staged(newPosition, rows.size(), rowCount);
                conversion.noted(problems);
                return null;
            });
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                throw new TakenOver("Conversion " + work.conversionId + " chunk " + (work.chunksDone + 1)
                        + " was staged by another server");
            }
            throw e;
        }
        work.chunksDone++;
        work.position = newPosition;
    }

    /** The records mapped, for a preview: the first {@code limit} of the selection. */
    Map.Entry<List<ExportRecord>, Long> firstRecords(TenantTx tx, Conversion conversion, int limit, String buyer) {
        List<ExportRecord> records = new ArrayList<>();
        for (ConversionWork.Read read : page(tx, conversion.sourceType(), conversion.selection(), null, limit, buyer)) {
            if (read.record() != null) {
                records.add(read.record());
            }
        }
        return Map.entry(records, conversion.recordsTotal());
    }

    String buyer(UUID tenantId) {
        return tenants.name(tenantId);
    }

    private static boolean isUniqueViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static Conversion locked(EntityManager em, UUID conversionId) {
        Conversion conversion = em.find(Conversion.class, conversionId, LockModeType.PESSIMISTIC_WRITE);
        if (conversion == null) {
            throw new IllegalStateException("No conversion " + conversionId);
        }
        return conversion;
    }

    /** The reason a run failed as the API shows it: the failure's own words, never internals. */
    void failed(UUID tenantId, UUID conversionId, Throwable error) {
        outcomes.failed(tenantId, conversionId, error);
    }
}
