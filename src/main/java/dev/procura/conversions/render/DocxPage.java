package dev.procura.conversions.render;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** A Word document's page: A4 in the layout's orientation, the tenant in the header, footer text and "Page x of y". */
final class DocxPage {

    /** A4 in twentieths of a point. */
    private static final BigInteger A4_SHORT = BigInteger.valueOf(11_906);

    private static final BigInteger A4_LONG = BigInteger.valueOf(16_838);

    private DocxPage() {}

    static void setUp(XWPFDocument document, Sheet sheet) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        boolean landscape = sheet.layout().landscape();
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        size.setW(landscape ? A4_LONG : A4_SHORT);
        size.setH(landscape ? A4_SHORT : A4_LONG);

        XWPFParagraph header = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        header.createRun().setText(DocxText.of(sheet.tenantName()));

        XWPFParagraph footer = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setAlignment(ParagraphAlignment.RIGHT);
        String text = sheet.layout().footer();
        footer.createRun().setText((text == null || text.isBlank() ? "" : DocxText.of(text) + "    ") + "Page ");
        field(footer, "PAGE");
        footer.createRun().setText(" of ");
        field(footer, "NUMPAGES");
    }

    /** A field Word computes when it lays the pages out; "1" shows until it does. */
    private static void field(XWPFParagraph paragraph, String instruction) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        paragraph.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun shown = paragraph.createRun();
        shown.setText("1");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
