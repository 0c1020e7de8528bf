package dev.procura.traceability;

import dev.procura.customers.CustomerFacts;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.suppliers.SupplierFacts;
import dev.procura.traceability.TraceabilityViews.DocumentRef;
import dev.procura.traceability.TraceabilityViews.EdgeView;
import dev.procura.traceability.TraceabilityViews.GenealogyView;
import dev.procura.traceability.TraceabilityViews.NodeView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A lot's or serial number's genealogy: backward to what it was made from and the receipts (from
 * suppliers) it came in by, forward to what it went into and the issues (to customers) it left by.
 */
@ApplicationScoped
public class GenealogyService {

    public static final Set<String> DIRECTIONS = Set.of("backward", "forward", "both");

    @Inject
    TenantTransactions tenantData;

    @Inject
    TraceabilityRepository repository;

    @Inject
    GenealogyRepository genealogy;

    @Inject
    TraceabilityPlants plants;

    @Inject
    SupplierFacts suppliers;

    @Inject
    CustomerFacts customers;

    public GenealogyView of(String lot, String serial, String itemCode, String direction, int depth) {
        if ((lot == null) == (serial == null)) {
            throw new Failure.InvalidInput("lot", "give lot or serial, not both");
        }
        if (!DIRECTIONS.contains(direction)) {
            throw new Failure.InvalidInput("direction", "must be backward, forward or both");
        }
        return tenantData.call(tx -> {
            UUID start = start(tx, lot, serial, itemCode);
            List<GenealogyRepository.Link> links = new ArrayList<>();
            if (!"forward".equals(direction)) {
                links.addAll(genealogy.backward(tx.em(), List.of(start), depth));
            }
            if (!"backward".equals(direction)) {
                links.addAll(genealogy.forward(tx.em(), List.of(start), depth));
            }
            Set<UUID> units = new LinkedHashSet<>();
            units.add(start);
            links.forEach(l -> {
                units.add(l.from());
                units.add(l.to());
            });
            List<EdgeView> edges = new ArrayList<>(new LinkedHashSet<>(links.stream()
                    .map(l -> new EdgeView(
                            l.from(),
                            l.to(),
                            l.quantity(),
                            new DocumentRef(l.documentType(), l.documentId(), l.documentNumber())))
                    .toList()));
            List<StockMovement> movements = repository.movementsOf(tx.em(), units);
            List<NodeView> nodes = unitNodes(tx, units, movements);
            edges.addAll(partyEdges(tx, movements, direction, nodes));
            return new GenealogyView(start, direction, depth, nodes, edges);
        });
    }

    /** The one unit named (visible to the caller); several items with that number need {@code item_code}. */
    private UUID start(TenantTx tx, String lot, String serial, String itemCode) {
        List<UUID> ids;
        List<String> items;
        List<UUID> plantIds;
        if (lot != null) {
            List<Lot> found = repository.lotsNumbered(tx.em(), lot, itemCode);
            ids = found.stream().map(Lot::id).toList();
            items = found.stream().map(Lot::itemCode).toList();
            plantIds = found.stream().map(Lot::plantId).toList();
        } else {
            List<SerialNumber> found = repository.serialsNumbered(tx.em(), serial, itemCode);
            ids = found.stream().map(SerialNumber::id).toList();
            items = found.stream().map(SerialNumber::itemCode).toList();
            plantIds = found.stream().map(SerialNumber::plantId).toList();
        }
        String what = lot != null ? "lot " + lot : "serial number " + serial;
        if (ids.isEmpty()) {
            throw new Failure.NotFound("No " + what + (itemCode == null ? "" : " of item " + itemCode));
        }
        if (ids.size() > 1) {
            throw new Failure.InvalidInput("item_code", "items " + items + " each have a " + what + ": name one");
        }
        plants.requireVisible(plantIds.get(0), what, ids.get(0));
        return ids.get(0);
    }

    List<NodeView> unitNodes(TenantTx tx, Collection<UUID> units, List<StockMovement> movements) {
        Map<UUID, Map<String, BigDecimal>> sums = new LinkedHashMap<>();
        for (StockMovement m : movements) {
            sums.computeIfAbsent(m.unitId(), u -> new LinkedHashMap<>()).merge(m.kind(), m.quantity(), BigDecimal::add);
        }
        List<NodeView> nodes = new ArrayList<>();
        for (Lot lot : repository.lots(tx.em(), units)) {
            Map<String, BigDecimal> s = sums.getOrDefault(lot.id(), Map.of());
            nodes.add(new NodeView(
                    lot.id(),
                    StockLedger.LOT,
                    lot.number(),
                    lot.itemCode(),
                    null,
                    lot.status().code(),
                    lot.quantity(),
                    lot.unit(),
                    sum(s, "received"),
                    sum(s, "produced"),
                    sum(s, "consumed"),
                    sum(s, "shipped")));
        }
        for (SerialNumber serial : repository.serials(tx.em(), units)) {
            Map<String, BigDecimal> s = sums.getOrDefault(serial.id(), Map.of());
            boolean inStock = serial.status() == UnitStatus.AVAILABLE || serial.status() == UnitStatus.QUARANTINED;
            nodes.add(new NodeView(
                    serial.id(),
                    StockLedger.SERIAL,
                    serial.number(),
                    serial.itemCode(),
                    null,
                    serial.status().code(),
                    inStock ? BigDecimal.ONE : BigDecimal.ZERO,
                    null,
                    sum(s, "received"),
                    sum(s, "produced"),
                    sum(s, "consumed"),
                    sum(s, "shipped")));
        }
        return nodes;
    }

    private static BigDecimal sum(Map<String, BigDecimal> sums, String kind) {
        return sums.getOrDefault(kind, BigDecimal.ZERO);
    }

    /** Receipts from suppliers (backward) and issues to customers (forward), adding those parties as nodes. */
    private List<EdgeView> partyEdges(
            TenantTx tx, List<StockMovement> movements, String direction, List<NodeView> nodes) {
        boolean receipts = !"forward".equals(direction);
        boolean issues = !"backward".equals(direction);
        Map<String, EdgeView> edges = new LinkedHashMap<>();
        Set<UUID> supplierIds = new LinkedHashSet<>();
        Set<UUID> customerIds = new LinkedHashSet<>();
        for (StockMovement m : movements) {
            boolean received = receipts && m.kind().equals("received");
            boolean shipped = issues && m.kind().equals("shipped");
            if ((!received && !shipped) || m.partyId() == null) {
                continue;
            }
            (received ? supplierIds : customerIds).add(m.partyId());
            UUID from = received ? m.partyId() : m.unitId();
            UUID to = received ? m.unitId() : m.partyId();
            String key = from + ">" + to + "@" + m.documentId();
            EdgeView before = edges.get(key);
            BigDecimal quantity =
                    before == null ? m.quantity() : before.quantity().add(m.quantity());
            edges.put(
                    key,
                    new EdgeView(
                            from, to, quantity, new DocumentRef(m.documentType(), m.documentId(), m.documentNumber())));
        }
        suppliers
                .summaries(tx, supplierIds)
                .values()
                .forEach(s -> nodes.add(new NodeView(
                        s.id(), "supplier", s.code(), null, s.legalName(), null, null, null, null, null, null, null)));
        customers
                .summaries(tx, customerIds)
                .values()
                .forEach(c -> nodes.add(new NodeView(
                        c.id(), "customer", c.code(), null, c.legalName(), null, null, null, null, null, null, null)));
        return new ArrayList<>(edges.values());
    }
}
