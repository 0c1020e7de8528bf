package dev.procura.conversions.render;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The fonts of a PDF: the built-in Helvetica with WinAnsi encoding, nothing embedded. Characters
 * outside WinAnsi (Chinese, emoji) are left out of the text rather than failing the output.
 */
final class PdfFonts {

    static final float SIZE = 8;
    static final float SMALL_SIZE = 7;

    final BaseFont base;
    final Font regular;
    final Font bold;
    final Font small;
    final Font title;

    PdfFonts() {
        try {
            base = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            BaseFont boldBase = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            regular = new Font(base, SIZE);
            bold = new Font(boldBase, SIZE);
            small = new Font(base, SMALL_SIZE);
            title = new Font(boldBase, 14);
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in Helvetica is part of OpenPDF", e);
        }
    }
}
