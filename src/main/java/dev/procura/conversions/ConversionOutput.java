package dev.procura.conversions;

import dev.procura.conversions.render.FileNames;
import dev.procura.conversions.render.OutputFormat;
import dev.procura.conversions.render.Renderer;
import dev.procura.conversions.render.Renderers;
import dev.procura.conversions.render.Row;
import dev.procura.conversions.render.Sheet;
import dev.procura.documents.DocumentService;
import dev.procura.documents.DocumentViews.DocumentView;
import dev.procura.identity.UserFacts;
import dev.procura.platform.branding.BrandingFacts;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The job's last step: renders the staged rows, chunk after chunk, into the file (a temporary file,
 * never the whole output in memory), then stores it as a tenant document on behalf of the member
 * who asked, deduplicated like any upload. Rendering starts over from the first staged chunk when
 * the step runs again, so a resumed conversion makes the same file as an uninterrupted one.
 */
@ApplicationScoped
public class ConversionOutput {

    @Inject
    TenantTransactions tenantData;

    @Inject
    DocumentService documents;

    @Inject
    UserFacts users;

    @Inject
    ConversionSteps steps;

    @Inject
    BrandingFacts branding;

    @Inject
    ConversionOutcomes outcomes;

    /** What the step needs of the conversion, read once. */
    private record Job(Conversion conversion, TemplateDefinition definition, ZoneId zone, boolean isCancelRequested) {}

    void render(UUID tenantId, UUID conversionId) throws IOException {
        Job job = tenantData.call(tenantId, tx -> {
            Conversion conversion = tx.em().find(Conversion.class, conversionId);
            return new Job(conversion, conversion.definition(), tx.calendar().zone(), conversion.isCancelRequested());
        });
        if (job.isCancelRequested()) {
            outcomes.cancelled(tenantId, conversionId);
            return;
        }
        Conversion conversion = job.conversion();
        OutputFormat format = TemplateRules.format(conversion.format(), "format");
        String filename = filename(conversion, job.zone(), format);
        Path file = Files.createTempFile("procura-conversion-", "." + format.extension);
        try {
            long limit = documents.maxBytes();
            try (OutputStream out = new Capped(Files.newOutputStream(file), limit)) {
                Sheet sheet = sheet(
                        job.definition(), conversion, steps.buyer(tenantId), job.zone(), branding.letterhead(tenantId));
                try (Renderer renderer = Renderers.open(format, sheet, out, false)) {
                    for (int seq = 1; seq <= conversion.chunksDone(); seq++) {
                        for (Row row : staged(tenantId, conversionId, seq, job.definition())) {
                            renderer.write(row);
                        }
                    }
                    renderer.finish();
                }
            }
            long size = Files.size(file);
            DocumentView document;
            try (InputStream in = Files.newInputStream(file)) {
                document = documents.upload(
                        tenantId,
                        users.jobCaller(conversion.requestedBy()),
                        DocumentService.Upload.of(in, filename, null, List.of("conversion", conversion.sourceType())));
            }
            outcomes.completed(tenantId, conversionId, size, document.id(), filename);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The sheet of a conversion; the tenant's branding names the buyer and adds its PDF header and footer. */
    static Sheet sheet(
            TemplateDefinition definition,
            Conversion conversion,
            String buyer,
            ZoneId zone,
            BrandingFacts.Letterhead letterhead) {
        return new Sheet(
                definition.title(),
                letterhead.displayNameOr(buyer),
                java.util.Locale.forLanguageTag(conversion.locale()),
                zone,
                definition.columns().stream()
                        .map(TemplateDefinition.Field::column)
                        .toList(),
                definition.lineColumns().stream()
                        .map(TemplateDefinition.Field::column)
                        .toList(),
                definition.totals(),
                definition.layout(),
                letterhead.pdfHeader(),
                letterhead.pdfFooter());
    }

    private List<Row> staged(UUID tenantId, UUID conversionId, int seq, TemplateDefinition definition) {
        String rows = tenantData.call(tenantId, tx -> (String) tx.em()
                .createNativeQuery("SELECT rows FROM conversion_chunks WHERE conversion_id = ?1 AND seq = ?2")
                .setParameter(1, conversionId)
                .setParameter(2, seq)
                .getSingleResult());
        return StagedRows.read(definition, rows);
    }

    /** e.g. {@code invoices-20261205-101500.xlsx}: the template's title and the request time in the tenant's zone. */
    static String filename(Conversion conversion, ZoneId zone, OutputFormat format) {
        return FileNames.stamped(
                conversion.definition().title(), conversion.requestedAt().atZone(zone), format, "conversion");
    }

    /** Stops a file at the largest size a document may have, rather than filling the disk. */
    private static final class Capped extends FilterOutputStream {
        private final long limit;
        private long written;

        Capped(OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int bytes) {
            written += bytes;
            if (written > limit) {
                throw new OutputTooLarge(limit);
            }
        }
    }
}
