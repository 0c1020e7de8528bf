package dev.procura.platform.imports;

import dev.procura.platform.tenancy.TenantTx;
import java.util.List;

/**
 * A master record type that bulk imports ({@code POST /imports}) can write: one
 * {@code @ApplicationScoped} bean per entity, in the capability that owns the records, so the rows
 * are checked by that capability's own rules. The import job reads the file, hands this bean the
 * rows a chunk at a time inside one tenant transaction, and records every outcome.
 *
 * <p>A dry run applies the rows in a transaction the job always rolls back, so the master's rules
 * run in full and nothing stays; {@code dryRun} only lets a master skip work it knows is wasted.
 *
 * <p>When {@link #apply} throws (a rule broken after something was written, a unique index), the
 * job rolls the chunk back and applies its rows again one per transaction, so a bad row is
 * rejected alone and nothing of it is written.
 */
public interface MasterImport {

    /** The name clients give in {@code POST /imports} ({@code items}, {@code customers}). */
    String entity();

    /** The columns a file may have, the key column first; a sample file under samples/ has them all. */
    List<String> columns();

    /**
     * Writes the rows (on a dry run: only checks them) in {@code tx}, and returns one outcome per row
     * in their order. In {@link ImportMode#UPSERT} a row equal to its stored record is
     * {@link ImportOutcome.Result#UNCHANGED} and writes nothing (no event, no audit line), so a second
     * run of the same file changes nothing.
     */
    List<ImportOutcome> apply(TenantTx tx, List<ImportTable.Row> rows, ImportMode mode, boolean dryRun);
}
