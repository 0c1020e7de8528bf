package dev.procura.labels;

import dev.procura.platform.gs1.Gs1;
import dev.procura.platform.logistics.ShippingUnits.Content;
import dev.procura.platform.logistics.ShippingUnits.ShippingUnit;
import dev.procura.platform.masters.ItemIdentities.Identity;
import dev.procura.platform.traceability.StockUnitLookup.Found;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Subjects of labels as the ports hand them over, for unit tests. */
final class Samples {

    static final String GTIN = "09506000134352";
    static final LocalDate EXPIRY = LocalDate.of(2027, 12, 31);

    private Samples() {}

    static Identity item() {
        return new Identity("WIDGET-1", "Widget, blue", GTIN, "ea", true, true, true);
    }

    static Identity itemWithoutGtin() {
        return new Identity("BOLT-7", "Bolt M7", null, "ea", false, false, true);
    }

    static Found lot() {
        return new Found(
                UUID.randomUUID(), "lot", "L2026-001", "WIDGET-1", null, "released", BigDecimal.TEN, null, EXPIRY);
    }

    static Found serial() {
        return new Found(
                UUID.randomUUID(),
                "serial",
                "SN000123",
                "WIDGET-1",
                null,
                "released",
                BigDecimal.ONE,
                "L2026-001",
                null);
    }

    static String sscc() {
        return Gs1.sscc(0, "9506000", 1234567L);
    }

    static ShippingUnit singleItemPackage() {
        return new ShippingUnit(
                UUID.randomUUID(),
                "SHP-000001",
                "outbound",
                null,
                UUID.randomUUID(),
                "PKG-1",
                sscc(),
                "ACME Corp",
                "DHL",
                "JD0001",
                List.of(new Content("WIDGET-1", "L2026-001", null, new BigDecimal("24.000"), "ea", EXPIRY)));
    }

    static ShippingUnit mixedPackage() {
        return new ShippingUnit(
                UUID.randomUUID(),
                "SHP-000001",
                "outbound",
                null,
                UUID.randomUUID(),
                "PKG-2",
                sscc(),
                "ACME Corp",
                "DHL",
                "JD0001",
                List.of(
                        new Content("WIDGET-1", null, null, BigDecimal.ONE, "ea", null),
                        new Content("BOLT-7", null, null, BigDecimal.TEN, "ea", null)));
    }

    static Label lotLabel() {
        return LabelContent.lot(lot(), item());
    }

    static Label packageLabel() {
        return LabelContent.shippingUnit(singleItemPackage(), code -> code.equals("WIDGET-1") ? item() : null);
    }
}
