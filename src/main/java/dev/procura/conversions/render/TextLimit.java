package dev.procura.conversions.render;

/** The longest text one value may show: hostile or runaway content must not break or bloat an output. */
final class TextLimit {

    /** Excel's limit for one cell, applied in every format so all outputs show the same text. */
    static final int MAX_CHARS = 32_767;

    private TextLimit() {}

    /** The text itself, or its first {@link #MAX_CHARS} characters ending in an ellipsis. */
    static String cap(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS - 1;
        // Never cut a surrogate pair in half: half an emoji is not a character.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
