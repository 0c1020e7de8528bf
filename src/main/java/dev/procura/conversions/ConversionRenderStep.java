package dev.procura.conversions;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Renders the staged rows into the file and stores it. */
@Named
@Dependent
public class ConversionRenderStep extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    ConversionOutput output;

    @Override
    public String process() throws Exception {
        ConversionWork work = (ConversionWork) job.getTransientUserData();
        if (work == null) {
            return "NOTHING_TO_DO";
        }
        output.render(work.tenantId, work.conversionId);
        return "RENDERED";
    }
}
