package dev.procura.items;

import dev.procura.plants.PlantService;
import dev.procura.platform.ledger.TaxCodes;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.suppliers.SupplierFacts;
import dev.procura.typelists.TypeListFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What {@link ItemRules} look up, fetched once for a set of items: every unit and global
 * conversion, the categories, and the suppliers and plants the items name (one query each), so an
 * import chunk of thousands of rows costs a handful of queries.
 */
@ApplicationScoped
public class ItemLookups {

    @Inject
    UnitService units;

    @Inject
    TypeListFacts typeLists;

    @Inject
    SupplierFacts suppliers;

    @Inject
    PlantService plants;

    @Inject
    TaxCodes taxCodes;

    ItemRules.Lookups of(TenantTx tx, Collection<ItemRequests.Define> items) {
        UnitConverter converter = units.converter(tx);
        Set<UUID> supplierIds = items.stream()
                .map(ItemRequests.Define::defaultSupplierId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, Boolean> supplierStates = suppliers.activeByIds(tx, supplierIds);
        Set<UUID> plantIds = items.stream()
                .flatMap(i -> i.plantsOrEmpty().stream())
                .map(ItemRequests.PlantData::plantId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<UUID> knownPlants = new HashSet<>(plants.existingAt(tx, plantIds));
        boolean anyCategory = items.stream().anyMatch(i -> i.category() != null);
        Optional<Set<String>> categories =
                anyCategory ? typeLists.activeCodes(tx, ItemRules.CATEGORIES) : Optional.empty();
        boolean anyTaxCode = items.stream().anyMatch(i -> i.taxCode() != null);
        Optional<Set<String>> taxCodesInUse =
                anyTaxCode && taxCodes.anyDefined(tx) ? Optional.of(taxCodes.activeCodes(tx)) : Optional.empty();
        return new ItemRules.Lookups() {
            @Override
            public Optional<Set<String>> taxCodes() {
                return taxCodesInUse;
            }

            @Override
            public Optional<UnitConverter.UnitInfo> unit(String code) {
                return converter.unit(code);
            }

            @Override
            public Optional<Set<String>> categories() {
                return categories;
            }

            @Override
            public ItemRules.SupplierState supplier(UUID id) {
                Boolean active = supplierStates.get(id);
                return active == null
                        ? ItemRules.SupplierState.MISSING
                        : active ? ItemRules.SupplierState.ACTIVE : ItemRules.SupplierState.INACTIVE;
            }

            @Override
            public boolean plantExists(UUID id) {
                return knownPlants.contains(id);
            }

            @Override
            public UnitConverter converter() {
                return converter;
            }
        };
    }
}
