package dev.procura.conversions.render;

/** Text as a spreadsheet cell or a CSV field shows it, never as something a spreadsheet would run. */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    /**
     * The text with a leading apostrophe when it starts with {@code = + - @}, a tab or a carriage
     * return: spreadsheets run such text as a formula (CSV injection), the apostrophe keeps it text.
     */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formulaLike =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formulaLike ? "'" + text : text;
    }

    /** A text cell's content: neutralised, then capped (the apostrophe counts towards the limit). */
    static String cell(String text) {
        return TextLimit.cap(neutralise(text));
    }
}
