package dev.procura.conversions;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** Maps each record read to the row its template shows. */
@Named
@Dependent
public class ConversionProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    @Override
    public Object processItem(Object item) {
        ConversionWork work = (ConversionWork) job.getTransientUserData();
        ConversionWork.Read read = (ConversionWork.Read) item;
        if (read.record() == null) {
            return new ConversionWork.Mapped(null, read.positionAfter(), List.of());
        }
        List<String> problems = new ArrayList<>();
        return new ConversionWork.Mapped(
                work.mapping.map(read.record(), problems::add), read.positionAfter(), problems);
    }
}
