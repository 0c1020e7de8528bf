package dev.procura.logistics;

import dev.procura.logistics.LogisticsViews.SettingsView;
import dev.procura.logistics.LogisticsViews.ShipmentView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.PlantScope;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.procurement.DocumentNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Shipments: made with their lines and packages (each package gets its SSCC), listed, read,
 * changed, and moved through their statuses. Shipping an outbound shipment issues its goods to the
 * customer; delivering an inbound one receives what is still outstanding on its purchase order.
 * Every change is an outbox event.
 */
@ApplicationScoped
public class ShipmentService {

    static final String NUMBER_KIND = "shipment";
    static final String NUMBER_PREFIX = "SHP-";

    @Inject
    TenantTransactions tenantData;

    @Inject
    ShipmentRepository shipments;

    @Inject
    ShipmentReferences references;

    @Inject
    LogisticsPlants plants;

    @Inject
    LogisticsEvents events;

    @Inject
    DocumentNumbers numbers;

    @Inject
    Sscc ssccs;

    @Inject
    ShipmentGoods goods;

    public ShipmentView create(Caller caller, LogisticsRequests.NewShipment request) {
        Shipment.Direction direction =
                Shipment.Direction.of(request.direction()).orElseThrow();
        plants.requireWritable(request.plantId());
        return tenantData.call(tx -> {
            List<FieldError> errors = new ArrayList<>();
            references.checkParty(tx, direction, request.purchaseOrderId(), request.customerId(), errors);
            references.checkPlant(tx, request.plantId(), errors);
            references.checkCarrier(tx, request.carrier(), errors);
            List<LogisticsRequests.Package> packages = request.packages() == null ? List.of() : request.packages();
            Set<String> packageNumbers = references.checkPackages(packages, errors);
            List<LogisticsRequests.Line> lines = references.checkLines(tx, request.lines(), packageNumbers, errors);
            if (!errors.isEmpty()) {
                throw new Failure.InvalidInput(errors);
            }
            EntityManager em = tx.em();
            Shipment shipment = new Shipment(
                    numbers.next(em, NUMBER_KIND, NUMBER_PREFIX),
                    direction,
                    request.purchaseOrderId(),
                    request.customerId(),
                    request.plantId(),
                    caller.userId(),
                    tx.now());
            shipment.describe(request.carrier(), request.trackingNumber(), request.notes(), tx.now());
            em.persist(shipment);
            LogisticsSettings settings = packages.isEmpty() ? null : settings(em);
            List<ShipmentPackage> made = new ArrayList<>();
            for (int i = 0; i < packages.size(); i++) {
                LogisticsRequests.Package p = packages.get(i);
                ShipmentPackage pkg =
                        new ShipmentPackage(shipment.id(), i + 1, p.number(), ssccs.next(em, settings), p.weightKg());
                em.persist(pkg);
                made.add(pkg);
            }
            List<ShipmentLine> persisted = persistLines(em, shipment, lines);
            events.shipment(tx, caller.userId(), "shipment.created", shipment);
            return ShipmentView.of(shipment, persisted, made);
        });
    }

    private static List<ShipmentLine> persistLines(
            EntityManager em, Shipment shipment, List<LogisticsRequests.Line> lines) {
        List<ShipmentLine> persisted = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LogisticsRequests.Line l = lines.get(i);
            ShipmentLine line = new ShipmentLine(
                    shipment.id(),
                    i + 1,
                    l.itemCode(),
                    l.lotNumber(),
                    l.serialNumber(),
                    l.quantity(),
                    l.unit(),
                    l.packageNumber(),
                    l.expiresOn());
            em.persist(line);
            persisted.add(line);
        }
        return persisted;
    }

    public Page<ShipmentView> list(ShipmentRepository.Filter filter, String sort, int page, int perPage) {
        PlantScope scope = plants.readable();
        ShipmentRepository.Filter visible = new ShipmentRepository.Filter(
                filter.direction(),
                filter.status(),
                filter.purchaseOrderId(),
                filter.customerId(),
                filter.plantId(),
                filter.carrier(),
                filter.q(),
                scope);
        if (scope.isEmpty()) {
            return new Page<>(List.of(), page, perPage, 0);
        }
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            List<Shipment> found = shipments.list(em, visible, sort, (page - 1) * perPage, perPage);
            List<UUID> ids = found.stream().map(Shipment::id).toList();
            Map<UUID, List<ShipmentLine>> lines =
                    shipments.lines(em, ids).stream().collect(Collectors.groupingBy(ShipmentLine::shipmentId));
            Map<UUID, List<ShipmentPackage>> packages =
                    shipments.packages(em, ids).stream().collect(Collectors.groupingBy(ShipmentPackage::shipmentId));
            return new Page<>(
                    found.stream()
                            .map(s -> ShipmentView.of(
                                    s, lines.getOrDefault(s.id(), List.of()), packages.getOrDefault(s.id(), List.of())))
                            .toList(),
                    page,
                    perPage,
                    shipments.count(em, visible));
        });
    }

    public ShipmentView get(UUID id) {
        return tenantData.call(tx -> view(tx, plants.readable(tx.em(), id)));
    }

    /** Carrier, tracking number and notes until the shipment is delivered or returned; lines while planned. */
    public ShipmentView change(Caller caller, UUID id, LogisticsRequests.Change request) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Shipment shipment = plants.writable(em, id);
            if (shipment.status().isFinal()) {
                throw new Failure.InvalidTransition(
                        "Shipment " + shipment.number(), shipment.status().code(), "changed");
            }
            if (request.lines() != null && shipment.status() != ShipmentStatus.PLANNED) {
                throw new Failure.InvalidTransition(
                        "Shipment " + shipment.number(), shipment.status().code(), "given new lines");
            }
            List<FieldError> errors = new ArrayList<>();
            references.checkCarrier(tx, request.carrier(), errors);
            List<LogisticsRequests.Line> lines = null;
            if (request.lines() != null) {
                Set<String> packageNumbers = shipments.packages(em, List.of(id)).stream()
                        .map(ShipmentPackage::number)
                        .collect(Collectors.toSet());
                lines = references.checkLines(tx, request.lines(), packageNumbers, errors);
            }
            if (!errors.isEmpty()) {
                throw new Failure.InvalidInput(errors);
            }
            shipment.describe(request.carrier(), request.trackingNumber(), request.notes(), tx.now());
            if (lines != null) {
                shipments.removeLines(em, id);
                persistLines(em, shipment, lines);
            }
            events.shipment(tx, caller.userId(), "shipment.changed", shipment);
            return view(tx, shipment);
        });
    }

    /** One of pack, ship, depart, deliver, return: the status it moves into and its moment. */
    public ShipmentView act(Caller caller, UUID id, ShipmentStatus.Action action) {
        return tenantData.call(tx -> {
            Shipment shipment = plants.writable(tx.em(), id);
            move(tx, caller, shipment, action, tx.now());
            return view(tx, shipment);
        });
    }

    /** Moves the shipment (already writable by the caller) and does what the move does to stock. */
    void move(TenantTx tx, Caller caller, Shipment shipment, ShipmentStatus.Action action, Instant at) {
        if (!action.isAllowedFrom(shipment.status())) {
            throw new Failure.InvalidTransition(
                    "Shipment " + shipment.number(), shipment.status().code(), action.done());
        }
        List<ShipmentLine> lines = shipments.lines(tx.em(), List.of(shipment.id()));
        if (action == ShipmentStatus.Action.SHIP && !shipment.isInbound()) {
            goods.issue(tx, shipment, lines);
        }
        if (action == ShipmentStatus.Action.DELIVER && shipment.isInbound()) {
            goods.receive(tx, shipment, lines, null);
        }
        if (action == ShipmentStatus.Action.SHIP) {
            shipments.packages(tx.em(), List.of(shipment.id())).forEach(p -> p.shipped(at));
        }
        shipment.enter(action.into(), at);
        events.shipment(tx, caller.userId(), "shipment." + action.into().code(), shipment);
    }

    ShipmentView view(TenantTx tx, Shipment shipment) {
        return ShipmentView.of(
                shipment,
                shipments.lines(tx.em(), List.of(shipment.id())),
                shipments.packages(tx.em(), List.of(shipment.id())));
    }

    public SettingsView settings() {
        return tenantData.call(tx -> SettingsView.of(settings(tx.em())));
    }

    public SettingsView changeSettings(Caller caller, LogisticsRequests.Settings request) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            LogisticsSettings settings = settings(em);
            if (settings == null) {
                settings = new LogisticsSettings(tx.now());
                em.persist(settings);
            }
            settings.change(request.gs1CompanyPrefix(), request.digitalLinkBase(), tx.now());
            events.settingsChanged(tx, caller.userId(), settings);
            return SettingsView.of(settings);
        });
    }

    static LogisticsSettings settings(EntityManager em) {
        return em.find(LogisticsSettings.class, LogisticsSettings.ONLY);
    }
}
