package dev.procura.reports;

import dev.procura.conversions.Sources;
import dev.procura.platform.exports.RecordSource;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The report catalogue: every record source the conversions read (purchase orders, invoices, RFQs,
 * quotes, suppliers, the audit trail and the ERP masters), and the lines of those that
 * have lines, each with the fields the conversions give their records (the tenant's custom fields
 * included).
 */
@ApplicationScoped
public class Datasets {

    @Inject
    Sources sources;

    /** Every dataset, by key. */
    List<Dataset> all(TenantTx tx) {
        List<Dataset> all = new ArrayList<>();
        for (RecordSource source : sources.all().values()) {
            var fields = sources.recordFields(tx, source);
            all.add(Dataset.records(source, fields));
            if (!source.lineFields().isEmpty()) {
                all.add(Dataset.lines(source, fields));
            }
        }
        all.sort(java.util.Comparator.comparing(Dataset::key));
        return all;
    }

    /** The dataset of this key, else a 400 problem on {@code field}. */
    Dataset get(TenantTx tx, String key, String field) {
        String type = key != null && key.endsWith(Dataset.LINE_SUFFIX)
                ? key.substring(0, key.length() - Dataset.LINE_SUFFIX.length())
                : key;
        RecordSource source = type == null ? null : sources.all().get(type);
        if (source != null && key.equals(type)) {
            return Dataset.records(source, sources.recordFields(tx, source));
        }
        if (source != null && !source.lineFields().isEmpty()) {
            return Dataset.lines(source, sources.recordFields(tx, source));
        }
        throw new Failure.InvalidInput(
                field,
                "must be a dataset of GET /reports/datasets, one of "
                        + all(tx).stream().map(Dataset::key).toList());
    }
}
