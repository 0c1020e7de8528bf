package dev.procura.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelTemplateRulesTest {

    @Test
    void aSheetNeedsColumnsAndRowsAndNoSize() {
        Failure.InvalidInput e = assertThrows(
                Failure.InvalidInput.class,
                () -> LabelTemplateService.design(new LabelRequests.Define(
                        "A4", "sheet", null, 4, new BigDecimal("50"), null, null, List.of("qr"), null, null)));
        assertEquals(
                List.of("columns", "width_mm"),
                e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aSingleLabelNeedsItsSizeAndNoGrid() {
        Failure.InvalidInput e = assertThrows(
                Failure.InvalidInput.class,
                () -> LabelTemplateService.design(new LabelRequests.Define(
                        "Pallet",
                        "label",
                        2,
                        null,
                        new BigDecimal("100"),
                        null,
                        null,
                        List.of("qr", "qr"),
                        null,
                        null)));
        assertEquals(
                List.of("height_mm", "columns", "symbologies"),
                e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void leftOutChoicesTakeTheDefaults() {
        LabelDesign design = LabelTemplateService.design(new LabelRequests.Define(
                " Pallet ",
                "label",
                null,
                null,
                new BigDecimal("100"),
                new BigDecimal("150"),
                null,
                List.of("gs1_128"),
                null,
                null));
        assertEquals("Pallet", design.name());
        assertEquals(List.of(), design.fields());
        assertEquals(LabelDesign.DEFAULT_BASE, design.digitalLinkBase());
        assertEquals(true, design.showCompany());
    }
}
