package dev.procura.production;

import dev.procura.platform.persistence.Conditions;
import dev.procura.platform.tenancy.PlantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Queries on work orders, their shop-floor reports and the figures summed from them. */
@ApplicationScoped
public class WorkOrderRepository {

    static final Map<String, String> SORTS = Map.of(
            "number", "w.number",
            "planned_start", "w.plannedStart",
            "status", "w.status",
            "item_code", "w.itemCode",
            "created_at", "w.createdAt",
            "updated_at", "w.updatedAt");

    /** Filters of the work order list; {@code visible} are the plants the caller may read. */
    public record Filter(String status, String itemCode, UUID plantId, String q, PlantScope visible) {}

    /** Sums over confirmations of one group (a work centre, or an item's operation). */
    record Tally(
            String key,
            String operationCode,
            BigDecimal runMinutes,
            BigDecimal idealMinutes,
            BigDecimal unitsIn,
            BigDecimal passedFirstTime,
            BigDecimal reworked,
            BigDecimal scrapped) {}

    /** Downtime minutes of a work centre for a reason. */
    record Stood(String workCentre, String reason, BigDecimal minutes) {}

    public List<WorkOrder> list(EntityManager em, Filter filter, String sort, int first, int max) {
        return conditions(filter)
                .query(em, "SELECT w FROM WorkOrder w", Conditions.orderBy(sort, SORTS, "w.id"), WorkOrder.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(EntityManager em, Filter filter) {
        return conditions(filter).count(em, "SELECT COUNT(w) FROM WorkOrder w");
    }

    private static Conditions conditions(Filter f) {
        return new Conditions()
                .when(f.status(), "w.status = :status", "status")
                .when(f.itemCode(), "w.itemCode = :item", "item")
                .when(f.plantId(), "w.plantId = :plant", "plant")
                .contains(f.q(), "q", "LOWER(w.number)", "LOWER(w.notes)")
                .when(f.visible().everywhere() ? null : f.visible().plants(), "w.plantId IN :visible", "visible");
    }

    <T> List<T> of(EntityManager em, Class<T> type, UUID workOrderId, String order) {
        return em.createQuery(
                        "SELECT r FROM " + type.getSimpleName() + " r WHERE r.workOrderId = :order ORDER BY r." + order
                                + ", r.id",
                        type)
                .setParameter("order", workOrderId)
                .getResultList();
    }

    /** Confirmation sums per work centre in the period, of orders inside the scope (and at the plant). */
    List<Tally> byWorkCentre(
            EntityManager em, LocalDate from, LocalDate to, String workCentre, UUID plantId, PlantScope scope) {
        return tallies(em, "c.work_centre, NULL", from, to, workCentre, null, null, plantId, scope);
    }

    /** Confirmation sums per item and operation in the period. */
    List<Tally> byItemOperation(
            EntityManager em,
            LocalDate from,
            LocalDate to,
            String itemCode,
            String operation,
            UUID plantId,
            PlantScope scope) {
        return tallies(em, "c.item_code, c.operation_code", from, to, null, itemCode, operation, plantId, scope);
    }

    private List<Tally> tallies(
            EntityManager em,
            String groups,
            LocalDate from,
            LocalDate to,
            String workCentre,
            String itemCode,
            String operation,
            UUID plantId,
            PlantScope scope) {
        StringBuilder sql = new StringBuilder("SELECT ")
                .append(groups)
                .append(", SUM(c.run_minutes), SUM(c.ideal_minutes), SUM(c.quantity_in), SUM(c.passed_first_time),"
                        + " SUM(c.reworked), SUM(c.scrapped) FROM work_order_confirmations c"
                        + " JOIN work_orders w ON w.id = c.work_order_id"
                        + " WHERE c.confirmed_on BETWEEN ?1 AND ?2");
        List<Object> parameters = new ArrayList<>(List.of(from, to));
        appendFilters(sql, parameters, "c.work_centre", workCentre, plantId, scope);
        if (itemCode != null) {
            parameters.add(itemCode);
            sql.append(" AND c.item_code = ?").append(parameters.size());
        }
        if (operation != null) {
            parameters.add(operation);
            sql.append(" AND c.operation_code = ?").append(parameters.size());
        }
        sql.append(" GROUP BY ").append(groups.replace(", NULL", "")).append(" ORDER BY 1, 2");
        List<Tally> tallies = new ArrayList<>();
        for (Object row : bind(em.createNativeQuery(sql.toString()), parameters).getResultList()) {
            Object[] r = (Object[]) row;
            tallies.add(new Tally(
                    (String) r[0],
                    (String) r[1],
                    (BigDecimal) r[2],
                    (BigDecimal) r[3],
                    (BigDecimal) r[4],
                    (BigDecimal) r[5],
                    (BigDecimal) r[6],
                    (BigDecimal) r[7]));
        }
        return tallies;
    }

    /** Downtime minutes per work centre and reason in the period. */
    List<Stood> downtime(
            EntityManager em, LocalDate from, LocalDate to, String workCentre, UUID plantId, PlantScope scope) {
        StringBuilder sql =
                new StringBuilder("SELECT d.work_centre, d.reason, SUM(d.minutes) FROM work_order_downtimes d"
                        + " JOIN work_orders w ON w.id = d.work_order_id WHERE d.occurred_on BETWEEN ?1 AND ?2");
        List<Object> parameters = new ArrayList<>(List.of(from, to));
        appendFilters(sql, parameters, "d.work_centre", workCentre, plantId, scope);
        sql.append(" GROUP BY d.work_centre, d.reason ORDER BY 1, 2");
        List<Stood> stood = new ArrayList<>();
        for (Object row : bind(em.createNativeQuery(sql.toString()), parameters).getResultList()) {
            Object[] r = (Object[]) row;
            stood.add(new Stood((String) r[0], (String) r[1], (BigDecimal) r[2]));
        }
        return stood;
    }

    private static void appendFilters(
            StringBuilder sql,
            List<Object> parameters,
            String centreColumn,
            String workCentre,
            UUID plantId,
            PlantScope scope) {
        if (workCentre != null) {
            parameters.add(workCentre);
            sql.append(" AND ").append(centreColumn).append(" = ?").append(parameters.size());
        }
        if (plantId != null) {
            parameters.add(plantId);
            sql.append(" AND w.plant_id = ?").append(parameters.size());
        }
        if (!scope.everywhere()) {
            // UUIDs print as hex and dashes only, so inlining them is safe; the caller never passes an empty scope.
            sql.append(" AND w.plant_id IN (")
                    .append(String.join(
                            ", ",
                            scope.plants().stream().map(id -> "'" + id + "'").toList()))
                    .append(")");
        }
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
