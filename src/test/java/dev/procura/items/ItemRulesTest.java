package dev.procura.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.FieldError;
import dev.procura.platform.imports.ImportTable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ItemRulesTest {

    private static final UUID ACME = UUID.randomUUID();
    private static final UUID DORMANT = UUID.randomUUID();
    private static final UUID LYON = UUID.randomUUID();

    private static final Map<String, UnitConverter.UnitInfo> UNITS = Map.of(
            "ea", new UnitConverter.UnitInfo("ea", "count", 0, true),
            "box", new UnitConverter.UnitInfo("box", "count", 0, true),
            "kg", new UnitConverter.UnitInfo("kg", "mass", 3, true),
            "g", new UnitConverter.UnitInfo("g", "mass", 0, true),
            "old", new UnitConverter.UnitInfo("old", "count", 0, false));

    private static final UnitConverter CONVERTER =
            new UnitConverter(UNITS, List.of(new UnitConverter.Conversion("kg", "g", new BigDecimal("1000"))));

    private static final ItemRules.Lookups LOOKUPS = new ItemRules.Lookups() {
        @Override
        public Optional<UnitConverter.UnitInfo> unit(String code) {
            return Optional.ofNullable(UNITS.get(code));
        }

        @Override
        public Optional<Set<String>> categories() {
            return Optional.of(Set.of("it-hardware", "office"));
        }

        @Override
        public ItemRules.SupplierState supplier(UUID id) {
            return id.equals(ACME)
                    ? ItemRules.SupplierState.ACTIVE
                    : id.equals(DORMANT) ? ItemRules.SupplierState.INACTIVE : ItemRules.SupplierState.MISSING;
        }

        @Override
        public boolean plantExists(UUID id) {
            return id.equals(LYON);
        }

        @Override
        public UnitConverter converter() {
            return CONVERTER;
        }
    };

    private static ItemRequests.Define item(
            String type,
            String baseUnit,
            String category,
            UUID supplier,
            List<ItemRequests.PlantData> plants,
            List<ItemRequests.Conversion> conversions,
            boolean lotTracked) {
        return new ItemRequests.Define(
                "PAPER-A4",
                "A4 paper",
                type,
                baseUnit,
                category,
                supplier,
                5,
                new ItemRequests.StandardCost(new BigDecimal("4.50"), "EUR"),
                "VAT-STD",
                null,
                lotTracked,
                false,
                false,
                plants,
                conversions,
                null,
                null);
    }

    private static ItemRequests.Conversion conversion(String unit, String factor) {
        return new ItemRequests.Conversion(unit, new BigDecimal(factor));
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aWellFormedItemPasses() {
        ItemRequests.Define paper = item(
                "purchased",
                "ea",
                "office",
                ACME,
                List.of(new ItemRequests.PlantData(LYON, new BigDecimal("20"), new BigDecimal("5"))),
                List.of(conversion("box", "12"), conversion("kg", "0.005")),
                true);
        assertEquals(List.of(), ItemRules.check(paper, null, LOOKUPS));
    }

    @Test
    void everyBrokenReferenceIsReportedAtOnce() {
        ItemRequests.Define bad = item(
                "service",
                "old",
                "food",
                DORMANT,
                List.of(
                        new ItemRequests.PlantData(UUID.randomUUID(), null, null),
                        new ItemRequests.PlantData(LYON, new BigDecimal("2"), new BigDecimal("5"))),
                List.of(),
                true);
        assertEquals(
                List.of(
                        "base_unit",
                        "category",
                        "default_supplier_id",
                        "lot_tracked",
                        "plants[0].plant_id",
                        "plants[1].safety_stock"),
                fields(ItemRules.check(bad, null, LOOKUPS)));
    }

    private static ItemRules.Lookups withTaxCodes(Optional<Set<String>> codes) {
        return new ItemRules.Lookups() {
            @Override
            public Optional<UnitConverter.UnitInfo> unit(String code) {
                return LOOKUPS.unit(code);
            }

            @Override
            public Optional<Set<String>> categories() {
                return LOOKUPS.categories();
            }

            @Override
            public ItemRules.SupplierState supplier(UUID id) {
                return LOOKUPS.supplier(id);
            }

            @Override
            public boolean plantExists(UUID id) {
                return LOOKUPS.plantExists(id);
            }

            @Override
            public UnitConverter converter() {
                return LOOKUPS.converter();
            }

            @Override
            public Optional<Set<String>> taxCodes() {
                return codes;
            }
        };
    }

    @Test
    void onceTheTenantHasTaxCodesAnItemsTaxCodeIsAnActiveOne() {
        ItemRequests.Define paper = item("purchased", "ea", null, null, List.of(), List.of(), false);
        assertEquals(List.of(), ItemRules.check(paper, null, LOOKUPS), "no tax codes: free text as before");
        assertEquals(List.of(), ItemRules.check(paper, null, withTaxCodes(Optional.of(Set.of("VAT-STD", "VAT0")))));
        assertEquals(
                List.of(new FieldError("tax_code", "is not an active tax code of this tenant")),
                ItemRules.check(paper, null, withTaxCodes(Optional.of(Set.of("VAT0")))));
        assertEquals(
                List.of(),
                ItemRules.check(
                        paper, new ItemRules.Kept("ea", null, null, "VAT-STD"), withTaxCodes(Optional.of(Set.of()))),
                "a code kept as stored stays even when deactivated");
    }

    @Test
    void referencesKeptAsStoredStayEvenWhenDeactivated() {
        ItemRequests.Define kept = item("purchased", "old", null, DORMANT, List.of(), List.of(), false);
        assertEquals(List.of(), ItemRules.check(kept, new ItemRules.Kept("old", null, DORMANT), LOOKUPS));
    }

    @Test
    void ownConversionsMayNotRepeatWhatGlobalConversionsSay() {
        ItemRequests.Define inKg = item(
                "purchased",
                "kg",
                null,
                null,
                null,
                List.of(
                        conversion("g", "0.001"),
                        conversion("kg", "1"),
                        conversion("box", "2.5"),
                        conversion("box", "3")),
                false);
        List<FieldError> errors = ItemRules.check(inKg, null, LOOKUPS);
        assertEquals(List.of("conversions[0].unit", "conversions[1].unit", "conversions[3].unit"), fields(errors));
        assertTrue(
                errors.get(0).message().contains("1 g = 0.001 kg"),
                errors.get(0).message());
    }

    @Test
    void ownConversionsOfRelatedUnitsMustAgreeWithTheGlobalOnes() {
        // base ea: 1 kg = 200 ea and 1 g = 0.2 ea agree (1 kg = 1000 g); 1 g = 0.3 ea does not
        ItemRequests.Define agreeing = item(
                "purchased", "ea", null, null, null, List.of(conversion("kg", "200"), conversion("g", "0.2")), false);
        assertEquals(List.of(), ItemRules.check(agreeing, null, LOOKUPS));
        ItemRequests.Define contradicting = item(
                "purchased", "ea", null, null, null, List.of(conversion("kg", "200"), conversion("g", "0.3")), false);
        List<FieldError> errors = ItemRules.check(contradicting, null, LOOKUPS);
        assertEquals(List.of("conversions[1].unit"), fields(errors));
        assertTrue(
                errors.get(0).message().contains("contradicts"), errors.get(0).message());
    }

    @Test
    void anImportRowReadsAsTheApiRequest() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("code", "PAPER-A4");
        cells.put("description", "A4 paper");
        cells.put("type", "Purchased");
        cells.put("base_unit", "ea");
        cells.put("standard_cost_amount", "4.5");
        cells.put("standard_cost_currency", "EUR");
        cells.put("lot_tracked", "yes");
        cells.put("conversions", "box=12|pallet=480");
        cells.put("cf.grade", "premium");
        ItemImportRows.Parsed parsed = ItemImportRows.parse(new ImportTable.Row(1, cells));
        assertEquals(List.of(), parsed.errors());
        assertEquals("purchased", parsed.request().type());
        assertEquals(new BigDecimal("4.5"), parsed.request().standardCost().amount());
        assertEquals(Boolean.TRUE, parsed.request().lotTracked());
        assertEquals(
                List.of(conversion("box", "12"), conversion("pallet", "480")),
                parsed.request().conversions());
        assertEquals(Map.of("grade", "premium"), parsed.customFields());
    }

    @Test
    void anUnreadableImportRowNamesItsColumns() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("code", "X");
        cells.put("lead_time_days", "two");
        cells.put("standard_cost_amount", "4.5");
        cells.put("conversions", "box:12");
        cells.put("colour", "red");
        ItemImportRows.Parsed parsed = ItemImportRows.parse(new ImportTable.Row(1, cells));
        assertEquals(
                List.of("colour", "lead_time_days", "standard_cost_currency", "conversions"), fields(parsed.errors()));
        assertEquals("standard_cost_currency", ItemImportRows.column("standard_cost.currency"));
        assertEquals("conversions", ItemImportRows.column("conversions[2].unit"));
        assertEquals("cf.grade", ItemImportRows.column("custom_fields.grade"));
    }
}
