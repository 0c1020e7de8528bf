package dev.procura.items;

import dev.procura.items.UnitViews.ConversionView;
import dev.procura.items.UnitViews.UnitView;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.masters.MasterReferences;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Units of measure and their global conversions. Unit codes are unique; a unit that items,
 * conversions or document lines use keeps its code and is not deleted (deactivate it instead).
 * A global conversion relates two units of one dimension that no other conversions relate yet,
 * so its inverse is implied and no chain can contradict it.
 */
@ApplicationScoped
public class UnitService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    UnitRepository units;

    @Inject
    TenantOutbox outbox;

    @Inject
    Instance<MasterReferences> references;

    public UnitView create(Caller caller, UnitRequests.Define request) {
        return tenantData.call(tx -> UnitView.of(create(tx, request)));
    }

    public Page<UnitView> list(UnitRepository.Filter filter, String sort, int page, int perPage) {
        return tenantData.call(tx -> new Page<>(
                units.list(tx.em(), filter, sort, (page - 1) * perPage, perPage).stream()
                        .map(UnitView::of)
                        .toList(),
                page,
                perPage,
                units.count(tx.em(), filter)));
    }

    public UnitView get(UUID id) {
        return tenantData.call(tx -> UnitView.of(existing(tx.em(), id)));
    }

    public UnitView change(Caller caller, UUID id, UnitRequests.Define request) {
        return tenantData.call(tx -> UnitView.of(change(tx, existing(tx.em(), id), request)));
    }

    /** Deletes a unit nothing uses; one in use is to be deactivated instead. */
    public void delete(Caller caller, UUID id) {
        tenantData.call(tx -> {
            Unit unit = existing(tx.em(), id);
            requireUnused(tx, unit, "deleted");
            tx.em().remove(unit);
            publish(tx, "unit.deleted", unit);
            return null;
        });
    }

    /**
     * An import row: creates the unit, updates it (upsert) or leaves it when equal; on a dry run
     * only checks. A rule broken throws, as in the API.
     */
    ImportOutcome.Result define(TenantTx tx, UnitRequests.Define request, ImportMode mode, boolean dryRun) {
        Optional<Unit> stored = units.byCode(tx.em(), request.code());
        if (stored.isEmpty()) {
            if (!dryRun) {
                create(tx, request);
            }
            return ImportOutcome.Result.CREATED;
        }
        if (mode == ImportMode.CREATE) {
            throw codeTaken(request.code());
        }
        if (stored.get().matches(request)) {
            return ImportOutcome.Result.UNCHANGED;
        }
        if (!dryRun) {
            change(tx, stored.get(), request);
        }
        return ImportOutcome.Result.UPDATED;
    }

    public List<ConversionView> conversions() {
        return tenantData.call(tx ->
                units.conversions(tx.em()).stream().map(ConversionView::of).toList());
    }

    public ConversionView conversion(UUID id) {
        return tenantData.call(tx -> ConversionView.of(existingConversion(tx.em(), id)));
    }

    public ConversionView addConversion(Caller caller, UnitRequests.DefineConversion request) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Map<String, Unit> all = units.all(em);
            Unit from = usable(all, request.fromUnit(), "from_unit");
            Unit to = usable(all, request.toUnit(), "to_unit");
            if (from.code().equals(to.code())) {
                throw new Failure.InvalidInput("to_unit", "must differ from from_unit");
            }
            if (!from.dimension().equals(to.dimension())) {
                throw new Failure.InvalidInput(
                        "to_unit",
                        "is a unit of " + to.dimension() + ", from_unit of " + from.dimension()
                                + "; global conversions stay within one dimension (use an item's own conversions)");
            }
            UnitConverter converter = converter(all, units.conversions(em));
            converter.globalRatio(from.code(), to.code()).ifPresent(implied -> {
                String factor = implied.decimal(12).toPlainString();
                throw new Failure.Conflict(
                        ProblemType.UNIT_CONVERSION_CONFLICT,
                        "1 " + from.code() + " = " + factor + " " + to.code()
                                + " already follows from the global conversions; a conversion is stored once and"
                                + " never contradicted",
                        Map.of("implied_factor", new BigDecimal(factor)));
            });
            UnitConversion conversion = new UnitConversion(from.code(), to.code(), request.factor(), tx.now());
            em.persist(conversion);
            outbox.publish(
                    tx,
                    "unit_conversion.created",
                    conversion.id().toString(),
                    tx.actor(),
                    Map.of(
                            "conversion_id",
                            conversion.id(),
                            "from_unit",
                            from.code(),
                            "to_unit",
                            to.code(),
                            "factor",
                            request.factor()));
            return ConversionView.of(conversion);
        });
    }

    public void deleteConversion(Caller caller, UUID id) {
        tenantData.call(tx -> {
            UnitConversion conversion = existingConversion(tx.em(), id);
            tx.em().remove(conversion);
            outbox.publish(
                    tx,
                    "unit_conversion.deleted",
                    id.toString(),
                    tx.actor(),
                    Map.of("conversion_id", id, "from_unit", conversion.fromUnit(), "to_unit", conversion.toUnit()));
            return null;
        });
    }

    /** The tenant's units and global conversions, as the converter and the item rules read them. */
    UnitConverter converter(TenantTx tx) {
        return converter(units.all(tx.em()), units.conversions(tx.em()));
    }

    static UnitConverter converter(Map<String, Unit> all, List<UnitConversion> conversions) {
        return new UnitConverter(
                all.values().stream().collect(Collectors.toMap(Unit::code, Unit::info)),
                conversions.stream().map(UnitConversion::conversion).toList());
    }

    /** A number as people write it: 1000, 0.001 (no exponent, no trailing zeros). */
    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    private Unit create(TenantTx tx, UnitRequests.Define request) {
        EntityManager em = tx.em();
        if (units.byCode(em, request.code()).isPresent()) {
            throw codeTaken(request.code());
        }
        Unit unit = new Unit(tx.now());
        unit.describe(request, tx.now());
        em.persist(unit);
        Flush.unique(em, () -> codeTaken(request.code()));
        publish(tx, "unit.created", unit);
        return unit;
    }

    private Unit change(TenantTx tx, Unit unit, UnitRequests.Define request) {
        EntityManager em = tx.em();
        if (!unit.code().equals(request.code())) {
            if (units.byCode(em, request.code()).isPresent()) {
                throw codeTaken(request.code());
            }
            requireUnused(tx, unit, "renamed");
        }
        if (!unit.dimension().equals(request.dimension()) && units.conversionsOf(em, unit.code()) > 0) {
            throw new Failure.InvalidInput(
                    "dimension", "global conversions relate unit " + unit.code() + " to units of its dimension");
        }
        boolean wasActive = unit.isActive();
        unit.describe(request, tx.now());
        Flush.unique(em, () -> codeTaken(request.code()));
        String event = wasActive == unit.isActive()
                ? "unit.changed"
                : unit.isActive() ? "unit.reactivated" : "unit.deactivated";
        publish(tx, event, unit);
        return unit;
    }

    private void requireUnused(TenantTx tx, Unit unit, String action) {
        EntityManager em = tx.em();
        Map<String, Object> inUse = new LinkedHashMap<>();
        put(inUse, "items", units.itemsInBaseUnit(em, unit.code()));
        put(inUse, "item_conversions", units.itemConversionsTo(em, unit.code()));
        put(inUse, "unit_conversions", units.conversionsOf(em, unit.code()));
        for (MasterReferences kind : references) {
            put(inUse, kind.records(), kind.inUnit(tx, unit.code()));
        }
        if (!inUse.isEmpty()) {
            throw new Failure.Conflict(
                    ProblemType.UNIT_IN_USE,
                    "Unit " + unit.code() + " is used by " + inUse + "; it cannot be " + action
                            + ": deactivate it (active: false) instead",
                    Map.of("records", inUse));
        }
    }

    private static void put(Map<String, Object> inUse, String kind, long count) {
        if (count > 0) {
            inUse.put(kind, count);
        }
    }

    private static Unit usable(Map<String, Unit> all, String code, String field) {
        Unit unit = all.get(code);
        if (unit == null) {
            throw new Failure.InvalidInput(field, "is not a unit of measure of this tenant");
        }
        if (!unit.isActive()) {
            throw new Failure.InvalidInput(field, "unit " + code + " is inactive");
        }
        return unit;
    }

    private static Failure codeTaken(String code) {
        return new Failure.Conflict(ProblemType.UNIT_CODE_TAKEN, "Another unit has the code " + code);
    }

    private void publish(TenantTx tx, String event, Unit unit) {
        outbox.publish(
                tx,
                event,
                unit.id().toString(),
                tx.actor(),
                Map.of(
                        "unit_id",
                        unit.id(),
                        "code",
                        unit.code(),
                        "dimension",
                        unit.dimension(),
                        "decimals",
                        unit.decimals(),
                        "active",
                        unit.isActive()));
    }

    private static Unit existing(EntityManager em, UUID id) {
        Unit unit = em.find(Unit.class, id);
        if (unit == null) {
            throw new Failure.NotFound("No unit " + id + " in this tenant");
        }
        return unit;
    }

    private static UnitConversion existingConversion(EntityManager em, UUID id) {
        UnitConversion conversion = em.find(UnitConversion.class, id);
        if (conversion == null) {
            throw new Failure.NotFound("No unit conversion " + id + " in this tenant");
        }
        return conversion;
    }
}
