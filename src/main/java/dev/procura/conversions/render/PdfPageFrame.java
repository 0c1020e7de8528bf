package dev.procura.conversions.render;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What every PDF page carries around its content: the tenant's branding header, the tenant and the
 * title above, the layout's footer text and "Page x of y" below, then the branding footer. y is known only at the end, so each page shows a template
 * that is filled in when the document closes.
 */
final class PdfPageFrame extends PdfPageEventHelper {

    private final String tenant;
    private final String title;
    private final String footer;
    private final String brandHeader;
    private final String brandFooter;
    private final Font font;
    private final BaseFont baseFont;
    private PdfTemplate pageCount;

    PdfPageFrame(Sheet sheet, PdfFonts fonts) {
        this.tenant = PdfText.of(sheet.tenantName());
        this.title = PdfText.of(sheet.title());
        this.footer = PdfText.of(sheet.layout().footer());
        this.brandHeader = PdfText.of(sheet.brandHeader()).replaceAll("\\s*\\R\\s*", " · ");
        this.brandFooter = PdfText.of(sheet.brandFooter()).replaceAll("\\s*\\R\\s*", " · ");
        this.font = fonts.small;
        this.baseFont = fonts.base;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        pageCount = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle size = document.getPageSize();
        float top = size.getTop() - document.topMargin() / 2;
        float bottom = document.bottomMargin() / 2;
        float left = document.left();
        float right = document.right();
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(tenant, font), left, top, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(title, font), right, top, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(footer, font), left, bottom, 0);
        String page = "Page " + writer.getPageNumber() + " of ";
        float templateX = right - 40;
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(page, font), templateX, bottom, 0);
        canvas.addTemplate(pageCount, templateX, bottom);
        float middle = (left + right) / 2;
        if (!brandHeader.isEmpty()) {
            ColumnText.showTextAligned(
                    canvas, Element.ALIGN_CENTER, new Phrase(brandHeader, font), middle, size.getTop() - 12, 0);
        }
        if (!brandFooter.isEmpty()) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(brandFooter, font), middle, 10, 0);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        pageCount.beginText();
        pageCount.setFontAndSize(baseFont, PdfFonts.SMALL_SIZE);
        pageCount.setTextMatrix(0, 0);
        pageCount.showText(String.valueOf(writer.getPageNumber() - 1));
        pageCount.endText();
    }
}
