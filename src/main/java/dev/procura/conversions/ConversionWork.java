package dev.procura.conversions;

import dev.procura.conversions.render.Row;
import dev.procura.platform.exports.ExportRecord;
import java.util.List;
import java.util.UUID;

/**
 * What the steps of one conversion job share while it runs (the job context's transient data):
 * which conversion of which tenant, its template and selection, and the chunks staged so far.
 */
final class ConversionWork {

    /** A record read, with the checkpoint position just after it. */
    record Read(ExportRecord record, String positionAfter) {}

    /** A record mapped to its row, with its checkpoint position and what could not be computed. */
    record Mapped(Row row, String positionAfter, List<String> problems) {}

    final UUID tenantId;
    final UUID conversionId;
    final TemplateDefinition definition;
    final RowMapping mapping;
    final Selection selection;
    final String sourceType;
    final String buyer;
    int chunksDone;
    String position;

    ConversionWork(
            UUID tenantId,
            UUID conversionId,
            TemplateDefinition definition,
            Selection selection,
            String sourceType,
            String buyer,
            int chunksDone,
            String position) {
        this.tenantId = tenantId;
        this.conversionId = conversionId;
        this.definition = definition;
        this.mapping = new RowMapping(definition);
        this.selection = selection;
        this.sourceType = sourceType;
        this.buyer = buyer;
        this.chunksDone = chunksDone;
        this.position = position;
    }
}
