package dev.procura.branding;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * WCAG 2 colour contrast: the relative luminance of an sRGB colour and the contrast ratio of two
 * colours, (L1 + 0.05) / (L2 + 0.05) with L1 the lighter. AA asks 4.5:1 for normal text.
 */
public final class Contrast {

    /** WCAG 2 AA for normal-size text. */
    public static final double AA_TEXT = 4.5;

    public static final String WHITE = "#FFFFFF";
    public static final String BLACK = "#000000";

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    private Contrast() {}

    public static boolean isHexColor(String value) {
        return value != null && HEX.matcher(value).matches();
    }

    /** The relative luminance (0 black … 1 white) of a {@code #RRGGBB} colour. */
    public static double luminance(String hex) {
        if (!isHexColor(hex)) {
            throw new IllegalArgumentException("Not a #RRGGBB colour: " + hex);
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    public static double ratio(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** White or black, whichever reads better on {@code background}. */
    public static String textOn(String background) {
        return ratio(WHITE, background) >= ratio(BLACK, background) ? WHITE : BLACK;
    }

    /** e.g. {@code 4.54:1}; rounded down, so a ratio shown as 4.50 is never one that fails. */
    public static String format(double ratio) {
        return String.format(Locale.ROOT, "%.2f:1", Math.floor(ratio * 100) / 100);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
