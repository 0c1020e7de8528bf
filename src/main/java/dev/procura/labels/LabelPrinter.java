package dev.procura.labels;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import dev.procura.labels.Symbols.Symbol;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Prints labels: each label is drawn once ({@link LabelPainter}) and encoded as a PNG, which goes
 * into the ZIP as {@code label-0001.png}… and onto the PDF as many times as copies were asked for,
 * in its cell of the layout (the PNG's own compressed data is embedded, so the PDF shows exactly
 * the PNG). How long each label took (symbols, drawing, PNG, PDF) is measured.
 */
final class LabelPrinter {

    private LabelPrinter() {}

    /** What was printed: labels, PDF pages and each label's time in microseconds. */
    record Printed(int labels, int pages, long[] micros) {

        long percentile(int p) {
            if (micros.length == 0) {
                return 0;
            }
            long[] sorted = micros.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }

    static String pngName(int number) {
        return String.format(Locale.ROOT, "label-%04d.png", number);
    }

    static Printed print(
            List<Label> labels,
            LabelDesign design,
            List<Symbology> symbologies,
            int copies,
            String company,
            OutputStream pdf,
            ZipOutputStream pngs) {
        LabelLayout layout = LabelLayout.of(design);
        Document document = new Document(new Rectangle(layout.pageWidth(), layout.pageHeight()), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, pdf);
        writer.setCloseStream(false);
        document.open();
        long[] micros = new long[labels.size()];
        int placed = 0;
        int page = 0;
        try {
            for (int i = 0; i < labels.size(); i++) {
                long start = System.nanoTime();
                byte[] png = png(labels.get(i), design, symbologies, company, layout);
                pngs.putNextEntry(new ZipEntry(pngName(i + 1)));
                pngs.write(png);
                pngs.closeEntry();
                Image image = Image.getInstance(png);
                image.scaleAbsolute(layout.labelWidth(), layout.labelHeight());
                PdfContentByte canvas = writer.getDirectContent();
                for (int copy = 0; copy < copies; copy++) {
                    LabelLayout.Cell cell = layout.cell(placed++);
                    if (cell.page() > page) {
                        document.newPage();
                        page = cell.page();
                    }
                    image.setAbsolutePosition(cell.x(), cell.y());
                    canvas.addImage(image);
                }
                micros[i] = (System.nanoTime() - start) / 1000;
            }
            if (labels.isEmpty()) {
                document.add(new com.lowagie.text.Paragraph(" "));
            }
        } catch (IOException e) {
            throw closed(document, new UncheckedIOException("Cannot write the labels", e));
        } catch (RuntimeException e) {
            throw closed(document, e);
        }
        document.close();
        return new Printed(labels.size(), page + 1, micros);
    }

    /** The failure, once the unfinished document is closed (a document without pages cannot close cleanly). */
    private static RuntimeException closed(Document document, RuntimeException failure) {
        try {
            document.close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    /** One label as PNG bytes. */
    static byte[] png(
            Label label, LabelDesign design, List<Symbology> symbologies, String company, LabelLayout layout) {
        List<Symbol> symbols = new ArrayList<>(symbologies.size());
        for (Symbology symbology : symbologies) {
            symbols.add(Symbols.encode(symbology, label, design.digitalLinkBase()));
        }
        BufferedImage image = LabelPainter.paint(
                label,
                symbols,
                design,
                design.showCompany() ? company : null,
                layout.widthPixels(),
                layout.heightPixels());
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
