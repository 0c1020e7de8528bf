package dev.procura.conversions.render;

/** Text as a Word document can hold it: capped, without the control characters XML 1.0 forbids. */
final class DocxText {

    private DocxText() {}

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String capped = TextLimit.cap(text);
        for (int i = 0; i < capped.length(); i++) {
            if (isForbidden(capped.charAt(i))) {
                return strip(capped);
            }
        }
        return capped;
    }

    private static String strip(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            kept.append(isForbidden(c) ? ' ' : c);
        }
        return kept.toString();
    }

    private static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
    }
}
