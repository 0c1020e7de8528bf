package dev.procura.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import dev.procura.platform.gs1.Gs1;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every symbology drawn on a label and read back with ZXing's reader to the same data. */
class SymbolDecodeTest {

    static final LabelDesign SINGLE = new LabelDesign(
            "single",
            LabelDesign.LABEL,
            null,
            null,
            new BigDecimal("100"),
            new BigDecimal("60"),
            List.of("description", "lot", "expiry"),
            List.of("gs1_128"),
            "https://id.example.com",
            true);

    private static List<Scans.Read> scan(Label label, Symbology... symbologies) {
        byte[] png = LabelPrinter.png(label, SINGLE, List.of(symbologies), "Acme Labels", LabelLayout.of(SINGLE));
        return Scans.all(Scans.image(png));
    }

    private static Scans.Read only(List<Scans.Read> reads, BarcodeFormat format) {
        List<Scans.Read> found = Scans.of(reads, format);
        assertEquals(1, found.size(), "one " + format + " in " + reads);
        return found.get(0);
    }

    @Test
    void gs1128ReadsBackAsTheLotsElementStrings() {
        Label label = Samples.lotLabel();
        Scans.Read read = only(scan(label, Symbology.GS1_128), BarcodeFormat.CODE_128);
        assertTrue(read.text().startsWith("]C1"), read.text());
        assertEquals(label.elements(), Gs1.parse(read.text()));
    }

    @Test
    void gs1128OfAPackageReadsBackWithItsGroupSeparators() {
        Label label = Samples.packageLabel();
        Scans.Read read = only(scan(label, Symbology.GS1_128), BarcodeFormat.CODE_128);
        assertTrue(read.text().contains("\u001d"), "GS after the variable-length batch");
        assertEquals(label.elements(), Gs1.parse(read.text()));
    }

    @Test
    void code128ReadsBackAsThePlainCode() {
        Label label = LabelContent.item(Samples.itemWithoutGtin());
        Scans.Read read = only(scan(label, Symbology.CODE128), BarcodeFormat.CODE_128);
        assertEquals("BOLT-7", read.text());
    }

    @Test
    void qrReadsBackAsTheGs1DigitalLinkUri() {
        Label label = Samples.lotLabel();
        Scans.Read read = only(scan(label, Symbology.QR), BarcodeFormat.QR_CODE);
        assertEquals(Gs1.digitalLink("https://id.example.com", label.elements()), read.text());
        assertEquals(label.elements(), Gs1.parseDigitalLink(read.text()));
        assertTrue(read.text().startsWith("https://id.example.com/01/09506000134352/10/L2026-001"), read.text());
    }

    @Test
    void gs1DataMatrixReadsBackAsTheElementStrings() {
        Label label = LabelContent.serial(Samples.serial(), Samples.item());
        Scans.Read read = only(scan(label, Symbology.DATAMATRIX), BarcodeFormat.DATA_MATRIX);
        assertTrue(read.text().contains("\u001d"), "GS after the variable-length serial");
        assertEquals(label.elements(), Gs1.parse(read.text()));
    }

    @Test
    void allFourSymbolsOfOneLabelReadBack() {
        Label label = Samples.packageLabel();
        List<Scans.Read> reads = scan(label, Symbology.GS1_128, Symbology.CODE128, Symbology.QR, Symbology.DATAMATRIX);
        List<Scans.Read> linear = Scans.of(reads, BarcodeFormat.CODE_128);
        assertEquals(2, linear.size(), reads.toString());
        assertTrue(linear.stream().anyMatch(r -> r.text().equals(Samples.sscc())));
        assertTrue(linear.stream()
                .filter(r -> r.text().startsWith("]C1"))
                .allMatch(r -> Gs1.parse(r.text()).equals(label.elements())));
        assertEquals(
                Gs1.digitalLink("https://id.example.com", label.elements()),
                only(reads, BarcodeFormat.QR_CODE).text());
        assertEquals(
                label.elements(),
                Gs1.parse(only(reads, BarcodeFormat.DATA_MATRIX).text()));
    }
}
