package dev.procura.labels;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dev.procura.platform.gs1.Gs1;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * A label's symbols as ZXing encodes them, one module per matrix cell and no quiet zone (the
 * painter scales them and keeps the quiet zones). GS1-128 is Code 128 with FNC1 first and FNC1
 * after each variable-length element (ZXing's Code128Writer reads {@code \u00f1} as FNC1); GS1
 * DataMatrix starts with FNC1 (the GS1_FORMAT hint) and keeps GS as the separator; QR holds the
 * GS1 Digital Link URI of the element strings.
 */
final class Symbols {

    /** Code128Writer's escape for FNC1. */
    static final char FNC1 = '\u00f1';

    private static final char GS = '\u001d';

    private Symbols() {}

    /** A symbol: its matrix and the text it holds (what a scanner reads, GS separators included). */
    record Symbol(Symbology symbology, BitMatrix matrix, String text) {

        boolean isLinear() {
            return symbology == Symbology.GS1_128 || symbology == Symbology.CODE128;
        }

        /** Modules of quiet zone on each side. */
        int quietZone() {
            return switch (symbology) {
                case GS1_128, CODE128 -> 10;
                case QR -> 4;
                case DATAMATRIX -> 1;
            };
        }
    }

    static Symbol encode(Symbology symbology, Label label, String digitalLinkBase) {
        try {
            return switch (symbology) {
                case GS1_128 -> gs1128(label);
                case CODE128 -> linear(symbology, label.plainCode(), label.plainCode());
                case QR -> qr(Gs1.digitalLink(digitalLinkBase, label.elements()));
                case DATAMATRIX -> dataMatrix(Gs1.barcodeData(label.elements()));
            };
        } catch (WriterException e) {
            throw new IllegalArgumentException(
                    "Cannot encode " + symbology.apiName() + " for " + label.plainCode() + ": " + e.getMessage(), e);
        }
    }

    private static Symbol gs1128(Label label) throws WriterException {
        String data = Gs1.barcodeData(label.elements());
        return linear(Symbology.GS1_128, FNC1 + data.replace(GS, FNC1), data);
    }

    private static Symbol linear(Symbology symbology, String contents, String text) throws WriterException {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.MARGIN, 0);
        BitMatrix matrix = new Code128Writer().encode(contents, BarcodeFormat.CODE_128, 1, 1, hints);
        return new Symbol(symbology, matrix, text);
    }

    private static Symbol qr(String uri) throws WriterException {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.MARGIN, 0);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        BitMatrix matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 1, 1, hints);
        return new Symbol(Symbology.QR, matrix, uri);
    }

    private static Symbol dataMatrix(String data) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.GS1_FORMAT, true);
        hints.put(EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE);
        BitMatrix matrix = new DataMatrixWriter().encode(data, BarcodeFormat.DATA_MATRIX, 1, 1, hints);
        return new Symbol(Symbology.DATAMATRIX, matrix, data);
    }
}
