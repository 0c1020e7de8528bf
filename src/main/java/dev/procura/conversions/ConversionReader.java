package dev.procura.conversions;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the conversion's records a page at a time, from where the conversion's own checkpoint
 * says (Liberty's checkpoint is not used: it belongs to one server's execution).
 */
@Named
@Dependent
public class ConversionReader extends AbstractItemReader {

    /** Records per page: one page per chunk of the job (item-count in conversion.xml). */
    static final int PAGE = 100;

    @Inject
    JobContext job;

    @Inject
    ConversionSteps steps;

    private final Deque<ConversionWork.Read> buffer = new ArrayDeque<>();
    private boolean isExhausted;

    /**
     * Where the next page starts. It runs ahead of the conversion's checkpoint, which moves only
     * when a chunk is staged: a page may be smaller than a chunk.
     */
    private String position;

    private boolean isPositioned;

    @Override
    public void open(Serializable checkpoint) {
        buffer.clear();
        isExhausted = false;
        isPositioned = false;
    }

    @Override
    public Object readItem() {
        ConversionWork work = (ConversionWork) job.getTransientUserData();
        if (work == null) {
            return null; // cancelled or finished before the job began
        }
        if (!isPositioned) {
            position = work.position;
            isPositioned = true;
        }
        if (buffer.isEmpty() && !isExhausted) {
            var page = steps.next(work, position, PAGE);
            buffer.addAll(page);
            isExhausted = page.isEmpty();
            for (ConversionWork.Read read : page) {
                if (read.positionAfter() != null) {
                    position = read.positionAfter();
                }
            }
        }
        return buffer.poll();
    }
}
