package dev.procura.labels;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dev.procura.platform.gs1.Gs1;
import dev.procura.platform.masters.ItemIdentities.Identity;
import dev.procura.platform.traceability.StockUnitLookup.Found;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipOutputStream;

/**
 * Label printing benchmark (bench/labels.sh), in process, on the application's own classes: N lot
 * labels with GS1-128 and QR (GS1 Digital Link) printed by LabelPrinter as the job prints them (the
 * built-in A4 sheet of 2 x 5, one PDF and a ZIP of one PNG per label, to temporary files), against
 * the baseline of ZXing encoding the same two symbols alone (Code128Writer and QRCodeWriter to bit
 * matrices: no drawing, no PNG, no PDF). Prints one line per implementation:
 * {@code impl labels wall_ms labels_per_s p50_us p95_us pdf_bytes zip_bytes}; the median of RUNS
 * timed runs after one untimed.
 * Usage: java -cp … dev.procura.labels.LabelRenderBaseline ours|baseline LABELS RUNS DIR
 */
public final class LabelRenderBaseline {

    private LabelRenderBaseline() {}

    public static void main(String[] args) throws Exception {
        String impl = args[0];
        int count = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        Path dir = Path.of(args[3]);
        List<Label> labels = labels(count);
        List<Symbology> symbologies = List.of(Symbology.GS1_128, Symbology.QR);
        List<long[]> results = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            long[] result = impl.equals("ours") ? ours(labels, symbologies, dir) : baseline(labels);
            if (run > 0) {
                results.add(result);
            }
        }
        results.sort((a, b) -> Long.compare(a[0], b[0]));
        long[] median = results.get((results.size() - 1) / 2);
        long wall = median[0];
        System.out.printf(
                Locale.ROOT,
                "%s %d %d %.1f %d %d %d %d%n",
                impl,
                count,
                wall / 1_000_000,
                count / (wall / 1e9),
                median[1],
                median[2],
                median[3],
                median[4]);
    }

    /** {wall ns, p50 us, p95 us, pdf bytes, zip bytes} */
    private static long[] ours(List<Label> labels, List<Symbology> symbologies, Path dir) throws Exception {
        Path pdf = dir.resolve("labels.pdf");
        Path zip = dir.resolve("labels-png.zip");
        long start = System.nanoTime();
        LabelPrinter.Printed printed;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pdf));
                ZipOutputStream pngs = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)))) {
            printed = LabelPrinter.print(labels, LabelDesign.DEFAULT, symbologies, 1, "Bench Labels Ltd", out, pngs);
        }
        long wall = System.nanoTime() - start;
        return new long[] {wall, printed.percentile(50), printed.percentile(95), Files.size(pdf), Files.size(zip)};
    }

    private static long[] baseline(List<Label> labels) throws Exception {
        Map<EncodeHintType, Object> linear = new EnumMap<>(EncodeHintType.class);
        linear.put(EncodeHintType.MARGIN, 0);
        Map<EncodeHintType, Object> qr = new EnumMap<>(EncodeHintType.class);
        qr.put(EncodeHintType.MARGIN, 0);
        qr.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        long[] micros = new long[labels.size()];
        long sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < labels.size(); i++) {
            long t = System.nanoTime();
            Label label = labels.get(i);
            String data = Gs1.barcodeData(label.elements());
            BitMatrix bars = new Code128Writer()
                    .encode("\u00f1" + data.replace('\u001d', '\u00f1'), BarcodeFormat.CODE_128, 1, 1, linear);
            BitMatrix square = new QRCodeWriter()
                    .encode(Gs1.digitalLink(LabelDesign.DEFAULT_BASE, label.elements()), BarcodeFormat.QR_CODE, 1, 1, qr);
            sink += bars.getWidth() + square.getWidth();
            micros[i] = (System.nanoTime() - t) / 1000;
        }
        long wall = System.nanoTime() - start;
        if (sink == 42) {
            System.err.println("unlikely");
        }
        LabelPrinter.Printed timing = new LabelPrinter.Printed(labels.size(), 0, micros);
        return new long[] {wall, timing.percentile(50), timing.percentile(95), 0, 0};
    }

    private static List<Label> labels(int count) {
        Identity item = new Identity("WIDGET-1", "Widget, blue, 24 per case", "09506000134352", "ea", true, false, true);
        List<Label> labels = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Found lot = new Found(
                    UUID.randomUUID(),
                    "lot",
                    String.format(Locale.ROOT, "L%07d", i),
                    "WIDGET-1",
                    null,
                    "released",
                    BigDecimal.TEN,
                    null,
                    LocalDate.of(2027, 12, 31).minusDays(i % 365));
            labels.add(LabelContent.lot(lot, item));
        }
        return labels;
    }

}
