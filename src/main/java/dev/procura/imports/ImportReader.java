package dev.procura.imports;

import dev.procura.platform.imports.ImportTable;
import dev.procura.platform.imports.TableCursor;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * Reads the import's file a row at a time, after the import's own checkpoint (Liberty's
 * checkpoint belongs to one server's execution; the import's moves with each chunk written).
 */
@Named
@Dependent
public class ImportReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    ImportSteps steps;

    private TableCursor cursor;

    @Override
    public void open(Serializable checkpoint) {
        ImportWork work = (ImportWork) job.getTransientUserData();
        if (work != null) {
            cursor = steps.open(work);
        }
    }

    @Override
    public Object readItem() throws IOException {
        if (cursor == null) {
            return null;
        }
        ImportWork work = (ImportWork) job.getTransientUserData();
        try {
            for (ImportTable.Row row = cursor.next(); row != null; row = cursor.next()) {
                if (row.number() > work.lastRow) {
                    return row;
                }
            }
        } catch (ImportTable.Unreadable e) {
            throw new ImportFileRejected("The file cannot be read past row " + work.lastRow + ": " + e.getMessage()
                    + "; the rows before it were imported");
        }
        return null;
    }

    @Override
    public void close() {
        if (cursor != null) {
            ImportSteps.closeQuietly(cursor);
            cursor = null;
        }
    }
}
