package dev.procura.conversions.render;

import java.io.IOException;
import java.io.OutputStream;

/** Where a conversion gets the renderer of its output format. */
public final class Renderers {

    private Renderers() {}

    /**
     * A renderer writing {@code sheet} in {@code format} to {@code out}, which it never closes.
     * {@code csvByteOrderMark} starts a CSV with a UTF-8 byte order mark (for Excel); other
     * formats ignore it.
     */
    public static Renderer open(OutputFormat format, Sheet sheet, OutputStream out, boolean csvByteOrderMark)
            throws IOException {
        return switch (format) {
            case CSV -> new CsvRenderer(sheet, out, csvByteOrderMark);
            case XLSX -> new XlsxRenderer(sheet, out);
            case DOCX -> new DocxRenderer(sheet, out);
            case PDF -> new PdfRenderer(sheet, out);
            case JSON -> new JsonRenderer(sheet, out);
        };
    }
}
