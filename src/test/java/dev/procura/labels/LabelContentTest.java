package dev.procura.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.gs1.Gs1;
import dev.procura.platform.gs1.Gs1Element;
import dev.procura.platform.masters.ItemIdentities.Identity;
import dev.procura.platform.traceability.StockUnitLookup.Found;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LabelContentTest {

    private static List<Gs1Element> elements(String... aiValues) {
        List<Gs1Element> elements = new java.util.ArrayList<>();
        for (int i = 0; i < aiValues.length; i += 2) {
            elements.add(new Gs1Element(aiValues[i], aiValues[i + 1]));
        }
        return elements;
    }

    @Test
    void aLotIsItsItemsGtinItsBatchAndItsExpiry() {
        Label label = Samples.lotLabel();
        assertEquals(elements("01", Samples.GTIN, "10", "L2026-001", "17", "271231"), label.elements());
        assertEquals("L2026-001", label.plainCode());
        assertEquals("(01)09506000134352(10)L2026-001(17)271231", Gs1.humanReadable(label.elements()));
        assertEquals("L2026-001", label.texts().get("lot"));
        assertEquals("2027-12-31", label.texts().get("expiry"));
        assertNull(LabelContent.gs1Problem(label));
    }

    @Test
    void aSerialNumberIsItsItemsGtinItsSerialAndItsLot() {
        Label label = LabelContent.serial(Samples.serial(), Samples.item());
        assertEquals(elements("01", Samples.GTIN, "21", "SN000123", "10", "L2026-001"), label.elements());
        assertEquals("SN000123", label.plainCode());
    }

    @Test
    void anItemIsItsGtin() {
        Label label = LabelContent.item(Samples.item());
        assertEquals(elements("01", Samples.GTIN), label.elements());
        assertEquals("WIDGET-1", label.plainCode());
        assertEquals("Widget, blue", label.texts().get("description"));
    }

    @Test
    void anItemWithoutGtinTakesOnlyCode128() {
        Label label = LabelContent.item(Samples.itemWithoutGtin());
        assertFalse(label.hasGs1Key());
        assertEquals("item BOLT-7 has no GTIN: only code128 can be printed", LabelContent.gs1Problem(label));
        assertNull(LabelContent.code128Problem(label));
        assertEquals(
                "qr: item BOLT-7 has no GTIN: only code128 can be printed",
                LabelSubjects.problem(label, List.of(Symbology.CODE128, Symbology.QR)));
        assertNull(LabelSubjects.problem(label, List.of(Symbology.CODE128)));
    }

    @Test
    void aLotOfAnItemWithoutGtinHasNoGs1Key() {
        Found lot = Samples.lot();
        Label label = LabelContent.lot(lot, new Identity("WIDGET-1", "Widget", null, "ea", true, false, true));
        assertFalse(label.hasGs1Key());
        assertNotNull(LabelContent.gs1Problem(label));
    }

    @Test
    void aSingleItemPackageCarriesItsSsccContentCountBatchAndExpiry() {
        Label label = Samples.packageLabel();
        assertEquals(
                elements("00", Samples.sscc(), "02", Samples.GTIN, "37", "24", "10", "L2026-001", "17", "271231"),
                label.elements());
        assertEquals(Samples.sscc(), label.plainCode());
        assertEquals("24 ea", label.texts().get("quantity"));
        assertEquals("ACME Corp", label.texts().get("party"));
        assertNull(LabelContent.gs1Problem(label));
    }

    @Test
    void aMixedPackageCarriesOnlyItsSscc() {
        Label label = LabelContent.shippingUnit(Samples.mixedPackage(), code -> Samples.item());
        assertEquals(elements("00", Samples.sscc()), label.elements());
        assertNull(label.texts().get("item_code"));
    }

    @Test
    void aPackageWithoutSsccTakesOnlyCode128OfItsNumber() {
        var unit = Samples.singleItemPackage();
        var without = new dev.procura.platform.logistics.ShippingUnits.ShippingUnit(
                unit.shipmentId(),
                unit.shipmentNumber(),
                unit.direction(),
                unit.plantId(),
                unit.packageId(),
                "PKG-9",
                null,
                unit.party(),
                unit.carrier(),
                unit.trackingNumber(),
                unit.contents());
        Label label = LabelContent.shippingUnit(without, code -> Samples.item());
        assertFalse(label.hasGs1Key());
        assertEquals("PKG-9", label.plainCode());
        assertEquals("package PKG-9 has no SSCC: only code128 can be printed", LabelContent.gs1Problem(label));
    }

    @Test
    void theSsccEndsWithItsMod10CheckDigit() {
        String sscc = Samples.sscc();
        assertEquals(18, sscc.length());
        assertEquals(Gs1.checkDigit(sscc.substring(0, 17)), sscc.charAt(17) - '0');
        assertEquals(List.of(new Gs1Element("00", sscc)), Gs1.parse("00" + sscc));
    }

    @Test
    void theCountIsAWholeNumberOfAtMostEightDigits() {
        assertEquals("24", LabelContent.count(new BigDecimal("24.000")));
        assertNull(LabelContent.count(new BigDecimal("1.5")));
        assertNull(LabelContent.count(new BigDecimal("123456789")));
        assertNull(LabelContent.count(BigDecimal.ZERO));
    }

    @Test
    void aLotNumberTooLongForAi10IsRefusedForGs1ButNotForCode128() {
        Found lot = new Found(
                UUID.randomUUID(), "lot", "L".repeat(21), "WIDGET-1", null, "released", BigDecimal.ONE, null, null);
        Label label = LabelContent.lot(lot, Samples.item());
        assertTrue(LabelContent.gs1Problem(label).startsWith("not valid GS1 element strings"));
        assertNull(LabelContent.code128Problem(label));
    }

    @Test
    void code128RefusesCharactersItCannotPrint() {
        Label label = LabelContent.item(new Identity("SCHRAUBE-Ä", "x", null, "ea", false, false, true));
        assertNotNull(LabelContent.code128Problem(label));
    }

    @Test
    void labelsKeepTheirContentAsJson() {
        List<Label> labels =
                List.of(Samples.lotLabel(), Samples.packageLabel(), LabelContent.item(Samples.itemWithoutGtin()));
        assertEquals(labels, Label.fromJson(Label.toJson(labels)));
    }
}
