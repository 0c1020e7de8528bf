package dev.procura.labels;

/**
 * Where each label goes, in PDF points (1/72 in) from the page's lower left corner: on an A4 sheet,
 * columns x rows cells inside 10 mm margins, filled row by row from the top; or one label per page
 * of the label's own size. Labels are drawn at {@link #DPI} dots per inch.
 */
record LabelLayout(float pageWidth, float pageHeight, int columns, int rows, float labelWidth, float labelHeight) {

    static final int DPI = 300;
    static final float A4_WIDTH_MM = 210f;
    static final float A4_HEIGHT_MM = 297f;
    static final float SHEET_MARGIN_MM = 10f;

    /** One label's place: its page (from 0) and its lower left corner. */
    record Cell(int page, float x, float y) {}

    static LabelLayout of(LabelDesign design) {
        if (design.isSheet()) {
            float width = points(A4_WIDTH_MM - 2 * SHEET_MARGIN_MM) / design.columns();
            float height = points(A4_HEIGHT_MM - 2 * SHEET_MARGIN_MM) / design.rows();
            return new LabelLayout(
                    points(A4_WIDTH_MM), points(A4_HEIGHT_MM), design.columns(), design.rows(), width, height);
        }
        float width = points(design.widthMm().floatValue());
        float height = points(design.heightMm().floatValue());
        return new LabelLayout(width, height, 1, 1, width, height);
    }

    int perPage() {
        return columns * rows;
    }

    int pages(int labels) {
        return (labels + perPage() - 1) / perPage();
    }

    Cell cell(int index) {
        int onPage = index % perPage();
        int column = onPage % columns;
        int row = onPage / columns;
        float margin = perPage() == 1 ? 0 : points(SHEET_MARGIN_MM);
        float x = margin + column * labelWidth;
        float y = pageHeight - margin - (row + 1) * labelHeight;
        return new Cell(index / perPage(), x, y);
    }

    /** The label's size in pixels at {@link #DPI}. */
    int widthPixels() {
        return Math.round(labelWidth / 72f * DPI);
    }

    int heightPixels() {
        return Math.round(labelHeight / 72f * DPI);
    }

    static float points(float mm) {
        return mm / 25.4f * 72f;
    }
}
