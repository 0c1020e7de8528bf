package dev.procura.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelLayoutTest {

    private static final float MM = 72f / 25.4f;

    @Test
    void theBuiltInSheetHoldsTwoByFiveLabelsFilledRowByRowFromTheTop() {
        LabelLayout layout = LabelLayout.of(LabelDesign.DEFAULT);
        assertEquals(10, layout.perPage());
        assertEquals(210 * MM, layout.pageWidth(), 0.01);
        assertEquals(297 * MM, layout.pageHeight(), 0.01);
        assertEquals(95 * MM, layout.labelWidth(), 0.01);
        assertEquals(55.4 * MM, layout.labelHeight(), 0.01);
        LabelLayout.Cell first = layout.cell(0);
        assertEquals(0, first.page());
        assertEquals(10 * MM, first.x(), 0.01);
        assertEquals((297 - 10 - 55.4) * MM, first.y(), 0.01);
        LabelLayout.Cell second = layout.cell(1);
        assertEquals((10 + 95) * MM, second.x(), 0.01);
        assertEquals(first.y(), second.y(), 0.01);
        LabelLayout.Cell third = layout.cell(2);
        assertEquals(first.x(), third.x(), 0.01);
        assertEquals((297 - 10 - 2 * 55.4) * MM, third.y(), 0.01);
        LabelLayout.Cell lastOnPage = layout.cell(9);
        assertEquals(10 * MM, lastOnPage.y(), 0.01);
        LabelLayout.Cell nextPage = layout.cell(10);
        assertEquals(1, nextPage.page());
        assertEquals(first.y(), nextPage.y(), 0.01);
        assertEquals(2, layout.pages(11));
        assertEquals(1, layout.pages(10));
    }

    @Test
    void aSingleLabelTemplateHasOneLabelPerPageOfItsSize() {
        LabelDesign design = new LabelDesign(
                "Pallet",
                LabelDesign.LABEL,
                null,
                null,
                new BigDecimal("100"),
                new BigDecimal("150"),
                List.of(),
                List.of("gs1_128"),
                LabelDesign.DEFAULT_BASE,
                false);
        LabelLayout layout = LabelLayout.of(design);
        assertEquals(1, layout.perPage());
        assertEquals(100 * MM, layout.pageWidth(), 0.01);
        assertEquals(150 * MM, layout.pageHeight(), 0.01);
        assertEquals(new LabelLayout.Cell(3, 0, 0), layout.cell(3));
        assertEquals(1181, layout.widthPixels());
        assertEquals(1772, layout.heightPixels());
    }

    @Test
    void aTemplateComesBackFromItsJsonAsItWas() {
        assertEquals(LabelDesign.DEFAULT, LabelDesign.fromJson(LabelDesign.DEFAULT.toJson()));
    }
}
