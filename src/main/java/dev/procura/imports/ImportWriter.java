package dev.procura.imports;

import dev.procura.platform.imports.ImportTable;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Writes a chunk of rows through their master, with their outcomes and the checkpoint after them. */
@Named
@Dependent
public class ImportWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    ImportSteps steps;

    @Override
    public void writeItems(List<Object> items) {
        steps.write(
                (ImportWork) job.getTransientUserData(),
                items.stream().map(ImportTable.Row.class::cast).toList());
    }
}
