package dev.procura.platform.imports;

import dev.procura.platform.failures.FieldError;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTx;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A {@link MasterImport} that writes one row at a time through its capability's service: each row
 * is parsed into the API's request record by {@link RowRequests} (a row that does not parse or
 * validate is rejected without a write), then {@link #write} checks and writes it. A rule broken in
 * {@link #write} throws, as in the API; the import job then applies the chunk's rows one per
 * transaction and records that row's failure as its rejection.
 */
public interface RowImport<R extends Record> extends MasterImport {

    Class<R> requestType();

    /** The parser, injected in the implementing bean. */
    RowRequests rowRequests();

    /** The key column's value of a parsed request (the record's code). */
    String key(R request);

    /**
     * Creates, updates or leaves the record named by the request (on a dry run: only checks that it
     * could), and says which.
     */
    ImportOutcome.Result write(TenantTx tx, R request, ImportMode mode, boolean dryRun);

    @Override
    default List<String> columns() {
        return RowRequests.columns(requestType());
    }

    @Override
    default List<ImportOutcome> apply(TenantTx tx, List<ImportTable.Row> rows, ImportMode mode, boolean dryRun) {
        List<ImportOutcome> outcomes = new ArrayList<>(rows.size());
        for (ImportTable.Row row : rows) {
            RowRequests.Parsed<R> parsed = rowRequests().parse(requestType(), row);
            String key = parsed.request() == null ? row.cells().get(columns().get(0)) : key(parsed.request());
            if (!parsed.isValid()) {
                outcomes.add(ImportOutcome.rejected(row.number(), key, parsed.errors()));
                continue;
            }
            outcomes.add(ImportOutcome.of(row.number(), key, write(tx, parsed.request(), mode, dryRun)));
        }
        return outcomes;
    }

    /** A rejection for a key that exists in {@link ImportMode#CREATE}. */
    static List<FieldError> keyTaken(String column) {
        return List.of(new FieldError(column, "already exists; import in upsert mode to update it"));
    }

    /** The member who asked for the import, as the services' events and audit name the actor. */
    static Caller caller(TenantTx tx) {
        return new Caller(tx.actor(), null, Set.of(), null);
    }
}
