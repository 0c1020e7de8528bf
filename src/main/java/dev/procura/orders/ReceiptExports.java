package dev.procura.orders;

import dev.procura.orders.OrderViews.ReceiptLineView;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportRecord;
import dev.procura.platform.exports.RecordFields;
import dev.procura.platform.exports.RecordSource;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Goods receipts for conversions and reports, in number order, each with its order's number and
 * supplier and its lines (item, accepted and rejected quantity, why). Filters: {@code supplier_id},
 * {@code purchase_order_id}, {@code from}/{@code to} (inclusive ISO dates) on the day received.
 */
@ApplicationScoped
public class ReceiptExports implements RecordSource {

    /** A receipt as exported: its API view's own fields with the order's number and supplier. */
    public record ReceiptRecord(
            String number,
            String purchaseOrderNumber,
            UUID supplierId,
            UUID plantId,
            LocalDate receivedOn,
            String notes,
            UUID receivedBy,
            Instant createdAt) {}

    private static final List<ExportField> FIELDS = RecordFields.of(ReceiptRecord.class, Set.of());
    private static final List<ExportField> LINE_FIELDS = RecordFields.of(ReceiptLineView.class, Set.of());

    @Override
    public String type() {
        return "receipt";
    }

    @Override
    public String readPermission() {
        return Permissions.PURCHASING_READ;
    }

    @Override
    public List<ExportField> fields() {
        return FIELDS;
    }

    @Override
    public List<ExportField> lineFields() {
        return LINE_FIELDS;
    }

    @Override
    public Set<String> filters() {
        return new LinkedHashSet<>(List.of("supplier_id", "purchase_order_id", "from", "to"));
    }

    @Override
    public long count(TenantTx tx, Map<String, String> filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query =
                tx.em().createQuery("SELECT COUNT(r) FROM Receipt r" + where(filter, null, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Override
    public List<ExportRecord> after(TenantTx tx, Map<String, String> filter, String afterKey, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Receipt> query = tx.em()
                .createQuery(
                        "SELECT r FROM Receipt r" + where(filter, afterKey, parameters) + " ORDER BY r.number",
                        Receipt.class)
                .setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return records(tx, query.getResultList());
    }

    @Override
    public List<ExportRecord> byIds(TenantTx tx, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Receipt> found = new HashMap<>();
        tx.em()
                .createQuery("SELECT r FROM Receipt r WHERE r.id IN :ids", Receipt.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> found.put(r.id(), r));
        return records(
                tx,
                ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList());
    }

    /** The receipts as records, their orders read in one query. */
    private static List<ExportRecord> records(TenantTx tx, List<Receipt> receipts) {
        if (receipts.isEmpty()) {
            return List.of();
        }
        Map<UUID, PurchaseOrder> orders = new HashMap<>();
        tx.em()
                .createQuery("SELECT o FROM PurchaseOrder o WHERE o.id IN :ids", PurchaseOrder.class)
                .setParameter(
                        "ids",
                        receipts.stream()
                                .map(Receipt::purchaseOrderId)
                                .distinct()
                                .toList())
                .getResultList()
                .forEach(o -> orders.put(o.id(), o));
        List<ExportRecord> records = new ArrayList<>(receipts.size());
        for (Receipt receipt : receipts) {
            PurchaseOrder order = orders.get(receipt.purchaseOrderId());
            OrderViews.ReceiptView view = OrderViews.ReceiptView.of(receipt, order);
            Map<String, Object> values = RecordFields.values(
                    new ReceiptRecord(
                            receipt.number(),
                            order.number(),
                            order.supplierId(),
                            receipt.plantId(),
                            receipt.receivedOn(),
                            receipt.notes(),
                            receipt.receivedBy(),
                            receipt.createdAt()),
                    FIELDS);
            List<Map<String, Object>> lines = new ArrayList<>();
            view.lines().forEach(line -> lines.add(RecordFields.values(line, LINE_FIELDS)));
            records.add(new ExportRecord(receipt.number(), values, lines));
        }
        return records;
    }

    private String where(Map<String, String> filter, String afterKey, Map<String, Object> parameters) {
        List<String> clauses = new ArrayList<>();
        for (Map.Entry<String, String> entry : new LinkedHashMap<>(filter).entrySet()) {
            String value = entry.getValue();
            switch (entry.getKey()) {
                case "supplier_id" -> {
                    clauses.add(
                            "r.purchaseOrderId IN (SELECT o.id FROM PurchaseOrder o WHERE o.supplierId = :supplier)");
                    parameters.put("supplier", parse("supplier_id", value, UUID::fromString));
                }
                case "purchase_order_id" -> {
                    clauses.add("r.purchaseOrderId = :order");
                    parameters.put("order", parse("purchase_order_id", value, UUID::fromString));
                }
                case "from" -> {
                    clauses.add("r.receivedOn >= :from");
                    parameters.put("from", parse("from", value, LocalDate::parse));
                }
                case "to" -> {
                    clauses.add("r.receivedOn <= :to");
                    parameters.put("to", parse("to", value, LocalDate::parse));
                }
                default ->
                    throw new Failure.InvalidInput(
                            "source.filter." + entry.getKey(), "is not a filter of receipt; use " + filters());
            }
        }
        if (afterKey != null) {
            clauses.add("r.number > :after");
            parameters.put("after", afterKey);
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static <T> T parse(String key, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new Failure.InvalidInput("source.filter." + key, "cannot be read: " + value);
        }
    }
}
