package dev.procura.conversions;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Stages each chunk of rows with the checkpoint after it, in one tenant transaction. */
@Named
@Dependent
public class ConversionWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    ConversionSteps steps;

    @Override
    public void writeItems(List<Object> items) {
        steps.stage(
                (ConversionWork) job.getTransientUserData(),
                items.stream().map(ConversionWork.Mapped.class::cast).toList());
    }
}
