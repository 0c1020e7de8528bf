package dev.procura.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.events.EventWritten;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.time.TenantCalendar;
import dev.procura.platform.time.TenantCalendars;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A released work order opens an inspection for each operation an active plan asks for, once. */
class AutomaticInspectionsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");

    /** What was opened: the plan, where from, at which plant, how many. */
    record Opened(InspectionPlan plan, Inspection.Origin origin, UUID plant, BigDecimal quantity) {}

    private final List<Opened> opened = new ArrayList<>();
    private final Map<String, InspectionPlan> plans = Map.of("TURN", plan("TURN"), "GRIND", plan("GRIND"));
    private final UUID workOrder = UUID.randomUUID();
    private final Set<Integer> inspectedAlready = Set.of(30);

    private static InspectionPlan plan(String operation) {
        InspectionPlan plan = new InspectionPlan(null, NOW);
        plan.describe(PlanRulesTest.plan("operation", operation, PlanRulesTest.variable("DIA", "1", "2", "3")), NOW);
        return plan;
    }

    private AutomaticInspections observer() {
        AutomaticInspections observer = new AutomaticInspections();
        observer.calendars = new TenantCalendars() {
            @Override
            public TenantCalendar of(UUID tenantId, EntityManager tenantData) {
                return new TenantCalendar(Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC);
            }
        };
        observer.plans = new InspectionPlanRepository() {
            @Override
            public Optional<InspectionPlan> active(EntityManager em, String item, String scope, String operation) {
                return "SHAFT".equals(item) && "operation".equals(scope)
                        ? Optional.ofNullable(plans.get(operation))
                        : Optional.empty();
            }
        };
        observer.inspections = new InspectionRepository() {
            @Override
            public boolean ofWorkOrderOperation(EntityManager em, UUID id, int sequence) {
                return id.equals(workOrder) && inspectedAlready.contains(sequence);
            }
        };
        observer.opener = new InspectionService() {
            @Override
            Inspection open(
                    TenantTx tx,
                    UUID actor,
                    InspectionPlan plan,
                    Inspection.Origin origin,
                    UUID plantId,
                    BigDecimal quantity) {
                opened.add(new Opened(plan, origin, plantId, quantity));
                return null;
            }
        };
        return observer;
    }

    private static Map<String, Object> operation(int sequence, String code) {
        return Map.of("sequence", sequence, "code", code, "work_centre", "LATHE-1");
    }

    @Test
    void eachOperationWithAnActivePlanIsInspectedOnce() {
        UUID plant = UUID.randomUUID();
        observer()
                .onEventWritten(new EventWritten(
                        null,
                        UUID.randomUUID(),
                        "work_order.released",
                        Map.of(
                                "work_order_id",
                                workOrder,
                                "number",
                                "WO-000007",
                                "item_code",
                                "SHAFT",
                                "quantity",
                                new BigDecimal("25"),
                                "plant_id",
                                plant,
                                "operations",
                                List.of(
                                        operation(10, "TURN"),
                                        operation(20, "DEBURR"),
                                        operation(30, "GRIND"),
                                        operation(40, "GRIND")))));

        assertEquals(2, opened.size(), "DEBURR has no plan; GRIND at 30 is inspected already");
        Opened turn = opened.get(0);
        assertEquals(plans.get("TURN"), turn.plan());
        assertEquals(Inspection.Origin.workOrder(workOrder, "WO-000007", 10, "TURN"), turn.origin());
        assertEquals(plant, turn.plant());
        assertEquals(new BigDecimal("25"), turn.quantity());
        assertEquals(
                Inspection.Origin.workOrder(workOrder, "WO-000007", 40, "GRIND"),
                opened.get(1).origin());
    }

    @Test
    void aWorkOrderWithoutPlantOrOfAnItemWithoutPlansOpensNothingAmiss() {
        AutomaticInspections observer = observer();
        observer.onEventWritten(new EventWritten(
                null,
                UUID.randomUUID(),
                "work_order.released",
                Map.of(
                        "work_order_id",
                        workOrder.toString(),
                        "number",
                        "WO-000008",
                        "item_code",
                        "SHAFT",
                        "quantity",
                        new BigDecimal("3"),
                        "operations",
                        List.of(operation(10, "TURN")))));
        assertEquals(1, opened.size());
        assertEquals(null, opened.get(0).plant());

        observer.onEventWritten(new EventWritten(
                null,
                UUID.randomUUID(),
                "work_order.released",
                Map.of(
                        "work_order_id",
                        workOrder,
                        "item_code",
                        "PLATE",
                        "operations",
                        List.of(operation(10, "TURN")))));
        observer.onEventWritten(new EventWritten(null, UUID.randomUUID(), "work_order.created", Map.of()));
        observer.onEventWritten(new EventWritten(null, UUID.randomUUID(), "work_order.released", "not a map"));
        assertTrue(opened.size() == 1, opened::toString);
    }
}
