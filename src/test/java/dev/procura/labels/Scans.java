package dev.procura.labels;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads barcodes back with ZXing's readers, as a scanner would: from images, PNG bytes or the pages of a PDF. */
final class Scans {

    private Scans() {}

    /** One symbol read: its format and its text (GS1-128 as {@code ]C1…} with GS separators, as ASSUME_GS1 gives it). */
    record Read(BarcodeFormat format, String text) {}

    static Map<DecodeHintType, Object> hints() {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.ASSUME_GS1, Boolean.TRUE);
        hints.put(
                DecodeHintType.POSSIBLE_FORMATS,
                List.of(BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE, BarcodeFormat.DATA_MATRIX));
        return hints;
    }

    /**
     * Every symbol found in the image: the whole image read for several symbols, then square windows
     * of the shorter side and of two thirds, a half and a third of it (overlapping by three quarters)
     * read one by one, as a scanner aimed at each part would; ZXing's DataMatrix detector looks from
     * the middle of what it is given outwards.
     */
    static List<Read> all(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Set<Read> reads = new LinkedHashSet<>();
        try {
            Result[] results =
                    new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(bitmap, hints());
            for (Result result : results) {
                reads.add(new Read(result.getBarcodeFormat(), result.getText()));
            }
        } catch (NotFoundException e) {
            // nothing readable in the whole: the windows may still find some
        }
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(hints());
        int width = image.getWidth();
        int height = image.getHeight();
        int shorter = Math.min(width, height);
        for (int side : new int[] {shorter, shorter * 2 / 3, shorter / 2, shorter / 3}) {
            int step = Math.max(1, side / 4);
            for (int top = 0; top < height; top += step) {
                int y = Math.min(top, height - side);
                for (int left = 0; left < width; left += step) {
                    int x = Math.min(left, width - side);
                    try {
                        Result result = reader.decodeWithState(bitmap.crop(x, y, side, side));
                        reads.add(new Read(result.getBarcodeFormat(), result.getText()));
                    } catch (NotFoundException e) {
                        // nothing in this window
                    } finally {
                        reader.reset();
                    }
                    if (x == width - side) {
                        break;
                    }
                }
                if (y == height - side) {
                    break;
                }
            }
        }
        return new ArrayList<>(reads);
    }

    static BufferedImage image(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every page of the PDF rendered at 300 dpi, in page order. */
    static List<BufferedImage> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, 300, ImageType.GRAY));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Read> of(List<Read> reads, BarcodeFormat format) {
        return reads.stream().filter(r -> r.format() == format).toList();
    }
}
