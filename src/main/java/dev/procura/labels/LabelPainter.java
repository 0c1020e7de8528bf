package dev.procura.labels;

import com.google.zxing.common.BitMatrix;
import dev.procura.labels.Symbols.Symbol;
import dev.procura.platform.gs1.Gs1;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws one label as a black-and-white image at {@link LabelLayout#DPI}: the company's name and the
 * template's texts at the top left, the 2D symbols side by side at the top right, the linear
 * symbols (each with its human-readable line) across the bottom. Symbols are drawn with whole
 * pixels per module and their quiet zones, so the image scans as drawn; a label too small for a
 * symbol is refused rather than drawn unreadable.
 */
final class LabelPainter {

    static final float PX_PER_MM = LabelLayout.DPI / 25.4f;
    private static final int PAD = Math.round(2 * PX_PER_MM);
    private static final int GAP = Math.round(1.5f * PX_PER_MM);
    private static final int TEXT_PX = Math.round(2.6f * PX_PER_MM);
    private static final int HRI_PX = Math.round(2.2f * PX_PER_MM);
    private static final int HRI_LINE = Math.round(3 * PX_PER_MM);
    private static final int MAX_BAR_HEIGHT = Math.round(12 * PX_PER_MM);
    private static final int MIN_BAR_HEIGHT = Math.round(5 * PX_PER_MM);

    private LabelPainter() {}

    /** The label drawn {@code width} x {@code height} pixels; {@code company} is null when not printed. */
    static BufferedImage paint(
            Label label, List<Symbol> symbols, LabelDesign design, String company, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            List<Symbol> linear = symbols.stream().filter(Symbol::isLinear).toList();
            List<Symbol> square = symbols.stream().filter(s -> !s.isLinear()).toList();
            int inner = width - 2 * PAD;
            int linearHeight = linearHeight(linear, height - 2 * PAD);
            int top = height - 2 * PAD - linearHeight - (linear.isEmpty() ? 0 : GAP);
            int side = square.isEmpty() ? 0 : Math.min(top, Math.round(inner * (square.size() == 1 ? 0.45f : 0.3f)));
            int squaresWidth = square.isEmpty() ? 0 : square.size() * side + (square.size() - 1) * GAP;
            texts(
                    g,
                    lines(label, design, company),
                    PAD,
                    inner - squaresWidth - (square.isEmpty() ? 0 : GAP),
                    PAD + top);
            squares(g, square, width - PAD - squaresWidth, PAD, side);
            linear(g, label, linear, PAD, height - PAD - linearHeight, inner, linearHeight);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The height of the linear symbols' block at the bottom: 12 mm of bars each, at most 45% of the label. */
    private static int linearHeight(List<Symbol> linear, int available) {
        if (linear.isEmpty()) {
            return 0;
        }
        int wanted = linear.size() * (MAX_BAR_HEIGHT + HRI_LINE) + (linear.size() - 1) * GAP;
        return Math.min(wanted, Math.round(available * 0.45f));
    }

    private static List<String> lines(Label label, LabelDesign design, String company) {
        List<String> lines = new ArrayList<>();
        if (design.showCompany() && company != null) {
            lines.add(company);
        }
        for (String field : design.fields()) {
            String value = label.texts().get(field);
            if (value != null) {
                lines.add(caption(field) + value);
            }
        }
        return lines;
    }

    private static String caption(String field) {
        return switch (field) {
            case "description" -> "";
            case "item_code" -> "Item ";
            case "lot" -> "Lot ";
            case "serial" -> "S/N ";
            case "expiry" -> "Exp. ";
            case "quantity" -> "Qty ";
            case "sscc" -> "SSCC ";
            case "shipment" -> "Shipment ";
            case "package" -> "Package ";
            case "party" -> "To/from ";
            case "carrier" -> "Carrier ";
            case "tracking" -> "Tracking ";
            default -> field + " ";
        };
    }

    /** Writes the lines, each cut to the width (those below the symbols' space are left out). */
    private static void texts(Graphics2D g, List<String> lines, int x, int maxWidth, int bottom) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, TEXT_PX));
        FontMetrics metrics = g.getFontMetrics();
        int y = PAD;
        for (String line : lines) {
            if (y + metrics.getHeight() > bottom) {
                return;
            }
            y += metrics.getAscent();
            g.drawString(fit(line, metrics, maxWidth), x, y);
            y += metrics.getDescent();
        }
    }

    private static String fit(String text, FontMetrics metrics, int maxWidth) {
        String shown = text;
        while (shown.length() > 1 && metrics.stringWidth(shown) > maxWidth) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown;
    }

    /** The linear symbols one under the other in the block, each with its human-readable text below. */
    private static void linear(Graphics2D g, Label label, List<Symbol> symbols, int x, int top, int width, int block) {
        if (symbols.isEmpty()) {
            return;
        }
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, HRI_PX));
        FontMetrics metrics = g.getFontMetrics();
        int barHeight = (block - GAP * (symbols.size() - 1)) / symbols.size() - HRI_LINE;
        if (barHeight < MIN_BAR_HEIGHT) {
            throw tooSmall(symbols.get(0));
        }
        int y = top;
        for (Symbol symbol : symbols) {
            BitMatrix matrix = symbol.matrix();
            int modules = matrix.getWidth() + 2 * symbol.quietZone();
            int module = width / modules;
            if (module < 2) {
                throw tooSmall(symbol);
            }
            int left = x + symbol.quietZone() * module;
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, 0)) {
                    g.fillRect(left + column * module, y, module, barHeight);
                }
            }
            String readable =
                    symbol.symbology() == Symbology.GS1_128 ? Gs1.humanReadable(label.elements()) : label.plainCode();
            g.drawString(fit(readable, metrics, width), left, y + barHeight + metrics.getAscent());
            y += barHeight + HRI_LINE + GAP;
        }
    }

    /** The 2D symbols side by side from {@code x}, each in a square of {@code side} pixels. */
    private static void squares(Graphics2D g, List<Symbol> symbols, int x, int top, int side) {
        int left = x;
        for (Symbol symbol : symbols) {
            BitMatrix matrix = symbol.matrix();
            int modules = Math.max(matrix.getWidth(), matrix.getHeight()) + 2 * symbol.quietZone();
            int module = side / modules;
            if (module < 2) {
                throw tooSmall(symbol);
            }
            int originX = left + symbol.quietZone() * module;
            int originY = top + symbol.quietZone() * module;
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < matrix.getWidth(); column++) {
                    if (matrix.get(column, row)) {
                        g.fillRect(originX + column * module, originY + row * module, module, module);
                    }
                }
            }
            left += side + GAP;
        }
    }

    private static IllegalArgumentException tooSmall(Symbol symbol) {
        return new IllegalArgumentException("The label is too small for its "
                + symbol.symbology().apiName() + " symbol; choose a larger label or fewer symbologies");
    }
}
