package dev.procura.labels;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.gs1.Gs1Exception;
import dev.procura.platform.logistics.ShippingUnits;
import dev.procura.platform.logistics.ShippingUnits.ShippingUnit;
import dev.procura.platform.masters.ItemIdentities;
import dev.procura.platform.masters.ItemIdentities.Identity;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantAccess;
import dev.procura.platform.tenancy.PlantScope;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.traceability.StockUnitLookup;
import dev.procura.platform.traceability.StockUnitLookup.Found;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds what labels are asked for through the owners' ports (shipments and packages through
 * {@link ShippingUnits}, lots and serial numbers through {@link StockUnitLookup}, items and their
 * GTIN through {@link ItemIdentities}) and makes their labels. A record at a plant where the
 * caller does not hold logistics:write is not found, as one that does not exist. Every id at
 * fault is reported ({@code ids[n]}): an unknown one, or one whose label cannot carry a requested
 * symbology (no GTIN or SSCC for the GS1 ones, a code Code 128 cannot print).
 */
@ApplicationScoped
class LabelSubjects {

    /** Labels one request may make (a shipment makes one per package). */
    static final int MAX_LABELS = 5000;

    @Inject
    Instance<ShippingUnits> shipping;

    @Inject
    Instance<StockUnitLookup> stock;

    @Inject
    Instance<ItemIdentities> items;

    @Inject
    PlantAccess access;

    List<Label> resolve(TenantTx tx, LabelSubject subject, List<String> ids, List<Symbology> symbologies) {
        requireAvailable(subject);
        PlantScope scope = access.scope(Permissions.LOGISTICS_WRITE);
        Map<String, Optional<Identity>> known = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "ids[" + i + "]";
            String id = ids.get(i).trim();
            try {
                Optional<List<Label>> found = find(tx, subject, id, scope, known);
                if (found.isEmpty()) {
                    errors.add(new FieldError(field, "no " + subject.apiName() + " " + id + " in this tenant"));
                    continue;
                }
                for (Label label : found.get()) {
                    String problem = problem(label, symbologies);
                    if (problem != null) {
                        errors.add(new FieldError(field, problem));
                    }
                    labels.add(label);
                }
            } catch (Gs1Exception e) {
                errors.add(new FieldError(field, "not valid GS1 data: " + e.getMessage()));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, "must be the id (a UUID) of a " + subject.apiName()));
            }
        }
        if (errors.isEmpty() && labels.size() > MAX_LABELS) {
            errors.add(new FieldError("ids", "would make " + labels.size() + " labels; at most " + MAX_LABELS));
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return labels;
    }

    private void requireAvailable(LabelSubject subject) {
        boolean available = switch (subject) {
            case SHIPMENT, PACKAGE -> shipping.isResolvable() && items.isResolvable();
            case LOT, SERIAL -> stock.isResolvable() && items.isResolvable();
            case ITEM -> items.isResolvable();
        };
        if (!available) {
            throw new Failure.InvalidInput("subject", subject.apiName() + " labels are not available on this server");
        }
    }

    private Optional<List<Label>> find(
            TenantTx tx, LabelSubject subject, String id, PlantScope scope, Map<String, Optional<Identity>> known) {
        return switch (subject) {
            case ITEM -> item(tx, id, known).map(item -> List.of(LabelContent.item(item)));
            case LOT, SERIAL ->
                stock.get()
                        .byId(tx, subject.apiName(), UUID.fromString(id))
                        .filter(found -> scope.includes(found.plantId()))
                        .map(found -> List.of(stockLabel(tx, subject, found, known)));
            case PACKAGE ->
                shipping.get()
                        .ofPackage(tx, UUID.fromString(id))
                        .filter(unit -> scope.includes(unit.plantId()))
                        .map(unit -> List.of(packageLabel(tx, unit, known)));
            case SHIPMENT ->
                shipping.get()
                        .ofShipment(tx, UUID.fromString(id))
                        .filter(units -> units.stream().allMatch(u -> scope.includes(u.plantId())))
                        .map(units -> units.stream()
                                .map(unit -> packageLabel(tx, unit, known))
                                .toList());
        };
    }

    private Label stockLabel(TenantTx tx, LabelSubject subject, Found found, Map<String, Optional<Identity>> known) {
        Identity item = item(tx, found.itemCode(), known).orElse(null);
        return subject == LabelSubject.LOT ? LabelContent.lot(found, item) : LabelContent.serial(found, item);
    }

    private Label packageLabel(TenantTx tx, ShippingUnit unit, Map<String, Optional<Identity>> known) {
        return LabelContent.shippingUnit(unit, code -> item(tx, code, known).orElse(null));
    }

    private Optional<Identity> item(TenantTx tx, String code, Map<String, Optional<Identity>> known) {
        return known.computeIfAbsent(code, c -> items.get().byCode(tx, c));
    }

    /** What keeps the label from carrying the symbologies, or null. */
    static String problem(Label label, List<Symbology> symbologies) {
        for (Symbology symbology : symbologies) {
            String problem = symbology.isGs1() ? LabelContent.gs1Problem(label) : LabelContent.code128Problem(label);
            if (problem != null) {
                return symbology.apiName() + ": " + problem;
            }
        }
        return null;
    }
}
