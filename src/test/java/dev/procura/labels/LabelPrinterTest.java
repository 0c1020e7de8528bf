package dev.procura.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import dev.procura.platform.gs1.Gs1;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The PDF and the PNGs of a job: every symbol on every page and in every PNG reads back. */
class LabelPrinterTest {

    private record Output(LabelPrinter.Printed printed, byte[] pdf, Map<String, byte[]> pngs) {}

    private static Output print(List<Label> labels, LabelDesign design, List<Symbology> symbologies, int copies)
            throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        LabelPrinter.Printed printed;
        try (ZipOutputStream pngs = new ZipOutputStream(zip)) {
            printed = LabelPrinter.print(labels, design, symbologies, copies, "Acme Labels", pdf, pngs);
        }
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return new Output(printed, pdf.toByteArray(), entries);
    }

    private static List<Label> lots(int count) {
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var lot = new dev.procura.platform.traceability.StockUnitLookup.Found(
                    UUID.randomUUID(),
                    "lot",
                    "LOT" + (100 + i),
                    "WIDGET-1",
                    null,
                    "released",
                    BigDecimal.ONE,
                    null,
                    Samples.EXPIRY);
            labels.add(LabelContent.lot(lot, Samples.item()));
        }
        return labels;
    }

    @Test
    void aSingleLabelTemplatePrintsOnePagePerLabelAndEverySymbolReadsBack() throws IOException {
        List<Label> labels = lots(3);
        Output out = print(labels, SymbolDecodeTest.SINGLE, List.of(Symbology.GS1_128, Symbology.QR), 1);
        assertEquals(3, out.printed().pages());
        assertEquals(3, out.printed().micros().length);
        assertEquals(
                List.of("label-0001.png", "label-0002.png", "label-0003.png"),
                List.copyOf(out.pngs().keySet()));
        List<java.awt.image.BufferedImage> pages = Scans.pages(out.pdf());
        assertEquals(3, pages.size());
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.get(i);
            for (List<Scans.Read> reads : List.of(
                    Scans.all(pages.get(i)), Scans.all(Scans.image(out.pngs().get(LabelPrinter.pngName(i + 1)))))) {
                List<Scans.Read> linear = Scans.of(reads, BarcodeFormat.CODE_128);
                assertEquals(1, linear.size(), reads.toString());
                assertEquals(label.elements(), Gs1.parse(linear.get(0).text()));
                List<Scans.Read> qr = Scans.of(reads, BarcodeFormat.QR_CODE);
                assertEquals(1, qr.size(), reads.toString());
                assertEquals(
                        Gs1.digitalLink("https://id.example.com", label.elements()),
                        qr.get(0).text());
            }
        }
    }

    @Test
    void theBuiltInSheetPutsTenLabelsOnAPageAndCopiesRepeatThem() throws IOException {
        List<Label> labels = lots(3);
        Output out = print(labels, LabelDesign.DEFAULT, List.of(Symbology.GS1_128), 4);
        assertEquals(2, out.printed().pages(), "12 labels, 10 a page");
        assertEquals(3, out.pngs().size(), "one PNG per distinct label");
        List<java.awt.image.BufferedImage> pages = Scans.pages(out.pdf());
        assertEquals(2, pages.size());
        List<String> first = Scans.of(Scans.all(pages.get(0)), BarcodeFormat.CODE_128).stream()
                .map(Scans.Read::text)
                .sorted()
                .toList();
        List<String> expected = new ArrayList<>();
        for (Label label : labels) {
            String text = "]C1" + Gs1.barcodeData(label.elements());
            expected.add(text);
        }
        // page 1: copies 1-4 of the first two labels and copies 1-2 of the third; multi-reading finds each text
        assertTrue(first.containsAll(expected), first.toString());
    }

    @Test
    void aLabelTooSmallForItsSymbolsIsRefused() {
        LabelDesign tiny = new LabelDesign(
                "tiny",
                LabelDesign.LABEL,
                null,
                null,
                new BigDecimal("25"),
                new BigDecimal("15"),
                List.of(),
                List.of("gs1_128"),
                LabelDesign.DEFAULT_BASE,
                false);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> print(List.of(Samples.packageLabel()), tiny, List.of(Symbology.GS1_128), 1));
        assertTrue(e.getMessage().contains("too small"), e.getMessage());
    }

    @Test
    void thePercentilesComeFromTheMeasuredTimes() {
        LabelPrinter.Printed printed = new LabelPrinter.Printed(
                20, 2, java.util.stream.LongStream.rangeClosed(1, 20).toArray());
        assertEquals(10, printed.percentile(50));
        assertEquals(19, printed.percentile(95));
    }
}
