package dev.procura.conversions.render;

/** Text as the PDF's WinAnsi fonts can show it: capped, null as empty. */
final class PdfText {

    private PdfText() {}

    static String of(String text) {
        if (text == null) {
            return "";
        }
        // Some locales group digits with a narrow no-break space, which WinAnsi lacks: use the plain one.
        return TextLimit.cap(text).replace('\u202F', '\u00A0');
    }
}
