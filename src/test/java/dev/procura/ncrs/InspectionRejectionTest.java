package dev.procura.ncrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The NCR an {@code inspection.rejected} event's data raises. */
class InspectionRejectionTest {

    private final UUID inspection = UUID.randomUUID();
    private final UUID plant = UUID.randomUUID();
    private final UUID supplier = UUID.randomUUID();
    private final UUID receipt = UUID.randomUUID();
    private final UUID workOrder = UUID.randomUUID();

    private Map<String, Object> everything() {
        Map<String, Object> data = new HashMap<>();
        data.put("inspection_id", inspection);
        data.put("number", "INS-000007");
        data.put("item_code", "BOLT-M8");
        data.put("plant_id", plant);
        data.put("supplier_id", supplier);
        data.put("receipt_id", receipt);
        data.put("work_order_id", workOrder);
        data.put("rejected_quantity", new BigDecimal("12.5"));
        data.put("defect_codes", List.of("scratch", "dent"));
        return data;
    }

    @Test
    void everyKeyOfTheEventLandsOnTheNcr() {
        InspectionRejection rejection = InspectionRejection.from(everything()).orElseThrow();
        assertEquals(inspection, rejection.inspectionId());
        assertEquals(receipt, rejection.receiptId());
        assertEquals(workOrder, rejection.workOrderId());
        NcrFinding finding = rejection.finding("ea");
        assertEquals("BOLT-M8", finding.itemCode());
        assertEquals(plant, finding.plantId());
        assertEquals(supplier, finding.supplierId());
        assertEquals(new BigDecimal("12.5"), finding.quantity());
        assertEquals("ea", finding.unit());
        assertEquals(List.of("scratch", "dent"), finding.defectCodes());
        assertEquals("Raised by the rejection of inspection INS-000007", finding.description());
        assertNull(finding.disposition());
    }

    @Test
    void idsAndQuantitiesMayComeAsText() {
        Map<String, Object> data = everything();
        data.put("inspection_id", inspection.toString());
        data.put("supplier_id", supplier.toString());
        data.put("rejected_quantity", "3");
        InspectionRejection rejection = InspectionRejection.from(data).orElseThrow();
        assertEquals(inspection, rejection.inspectionId());
        assertEquals(supplier, rejection.supplierId());
        assertEquals(new BigDecimal("3"), rejection.rejectedQuantity());
        data.put("rejected_quantity", 4);
        assertEquals(
                new BigDecimal("4"),
                InspectionRejection.from(data).orElseThrow().rejectedQuantity());
    }

    @Test
    void absentKeysAreLeftEmptyAndTheQuantityIsZero() {
        Map<String, Object> data = Map.of("inspection_id", inspection, "item_code", "BOLT-M8");
        NcrFinding finding = InspectionRejection.from(data).orElseThrow().finding(null);
        assertNull(finding.supplierId());
        assertNull(finding.plantId());
        assertEquals(BigDecimal.ZERO, finding.quantity());
        assertEquals(List.of(), finding.defectCodes());
        assertTrue(finding.description().contains(inspection.toString()), finding.description());
    }

    @Test
    void badValuesAreLeftOutRatherThanFailingTheInspection() {
        Map<String, Object> data = everything();
        data.put("supplier_id", "not-a-uuid");
        data.put("rejected_quantity", "many");
        data.put("defect_codes", "scratch");
        InspectionRejection rejection = InspectionRejection.from(data).orElseThrow();
        assertNull(rejection.supplierId());
        assertNull(rejection.rejectedQuantity());
        assertEquals(List.of(), rejection.defectCodes());
    }

    @Test
    void withoutAnInspectionOrAnItemNoNcrIsRaised() {
        Map<String, Object> noInspection = everything();
        noInspection.remove("inspection_id");
        Map<String, Object> noItem = everything();
        noItem.remove("item_code");
        Map<String, Object> blankItem = everything();
        blankItem.put("item_code", " ");
        assertTrue(InspectionRejection.from(noInspection).isEmpty());
        assertTrue(InspectionRejection.from(noItem).isEmpty());
        assertTrue(InspectionRejection.from(blankItem).isEmpty());
    }

    @Test
    void repeatedDefectCodesCountOnce() {
        Map<String, Object> data = everything();
        data.put("defect_codes", List.of("dent", "dent", "scratch"));
        assertEquals(
                List.of("dent", "scratch"),
                InspectionRejection.from(data).orElseThrow().defectCodes());
    }
}
