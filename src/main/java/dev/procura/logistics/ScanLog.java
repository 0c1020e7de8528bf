package dev.procura.logistics;

import dev.procura.logistics.LogisticsViews.ScanView;
import dev.procura.logistics.LogisticsViews.TargetView;
import dev.procura.platform.gs1.Gs1Element;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The append-only scan table, partitioned by month of {@code scanned_at} (UTC): rows are written
 * many at a time in one statement; a month's partition is made on its first scan (under a
 * transaction advisory lock, so two first scans do not race); device events are claimed in
 * {@code scan_event_ids}, whose key makes a second upload of an event a duplicate.
 */
@ApplicationScoped
class ScanLog {

    private static final int COLUMNS = 16;
    private static final String COLUMN_LIST = "id, scanned_at, recorded_at, code, symbology, context, location,"
            + " device_id, device_event_id, outcome, entity_kind, entity_id, shipment_id, elements, detail, scanned_by";
    private static final long PARTITION_LOCK = 0x5ca9e7e9L;

    /** Months whose partition is known to exist, per tenant database. */
    private final Map<UUID, Set<YearMonth>> partitions = new ConcurrentHashMap<>();

    /** A scan as written. */
    record Row(
            UUID id,
            Instant scannedAt,
            Instant recordedAt,
            String code,
            String symbology,
            String context,
            String location,
            String deviceId,
            String deviceEventId,
            String outcome,
            List<Gs1Element> elements,
            TargetView target,
            String detail,
            UUID scannedBy) {

        ScanView view() {
            return new ScanView(
                    id,
                    outcome,
                    code,
                    symbology,
                    context,
                    location,
                    scannedAt,
                    recordedAt,
                    deviceId,
                    deviceEventId,
                    elements,
                    target,
                    detail);
        }
    }

    /** Claims the device event for the scan; false when it was claimed before (a duplicate). */
    boolean claim(EntityManager em, String deviceId, String deviceEventId, UUID scanId) {
        return em.createNativeQuery("INSERT INTO scan_event_ids (device_id, device_event_id, scan_id)"
                                + " VALUES (?1, ?2, CAST(?3 AS uuid)) ON CONFLICT DO NOTHING")
                        .setParameter(1, deviceId)
                        .setParameter(2, deviceEventId)
                        .setParameter(3, scanId.toString())
                        .executeUpdate()
                == 1;
    }

    /** The scan that claimed the device event first. */
    UUID claimedBy(EntityManager em, String deviceId, String deviceEventId) {
        Object id = em.createNativeQuery("SELECT CAST(scan_id AS varchar) FROM scan_event_ids"
                        + " WHERE device_id = ?1 AND device_event_id = ?2")
                .setParameter(1, deviceId)
                .setParameter(2, deviceEventId)
                .getSingleResult();
        return UUID.fromString(id.toString());
    }

    void write(EntityManager em, UUID tenantId, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        rows.stream()
                .map(r -> YearMonth.from(r.scannedAt().atOffset(ZoneOffset.UTC)))
                .distinct()
                .forEach(month -> ensurePartition(em, tenantId, month));
        StringBuilder sql = new StringBuilder("INSERT INTO scan_events (" + COLUMN_LIST + ") VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            int p = i * COLUMNS;
            sql.append(i == 0 ? "" : ", ")
                    .append("(CAST(?")
                    .append(p + 1)
                    .append(" AS uuid), ?")
                    .append(p + 2);
            for (int c = 3; c <= 11; c++) {
                sql.append(", ?").append(p + c);
            }
            sql.append(", CAST(?")
                    .append(p + 12)
                    .append(" AS uuid), CAST(?")
                    .append(p + 13)
                    .append(" AS uuid), ?")
                    .append(p + 14)
                    .append(", ?")
                    .append(p + 15)
                    .append(", CAST(?")
                    .append(p + 16)
                    .append(" AS uuid))");
        }
        Query insert = em.createNativeQuery(sql.toString());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int p = i * COLUMNS;
            insert.setParameter(p + 1, r.id().toString())
                    .setParameter(p + 2, Timestamp.from(r.scannedAt()))
                    .setParameter(p + 3, Timestamp.from(r.recordedAt()))
                    .setParameter(p + 4, r.code())
                    .setParameter(p + 5, r.symbology())
                    .setParameter(p + 6, r.context())
                    .setParameter(p + 7, r.location())
                    .setParameter(p + 8, r.deviceId())
                    .setParameter(p + 9, r.deviceEventId())
                    .setParameter(p + 10, r.outcome())
                    .setParameter(p + 11, r.target() == null ? null : r.target().kind())
                    .setParameter(
                            p + 12, text(r.target() == null ? null : r.target().id()))
                    .setParameter(
                            p + 13, text(r.target() == null ? null : r.target().shipmentId()))
                    .setParameter(p + 14, elementsJson(r.elements()))
                    .setParameter(p + 15, r.detail())
                    .setParameter(p + 16, text(r.scannedBy()));
        }
        insert.executeUpdate();
    }

    private void ensurePartition(EntityManager em, UUID tenantId, YearMonth month) {
        Set<YearMonth> known = partitions.computeIfAbsent(tenantId, t -> ConcurrentHashMap.newKeySet());
        if (known.contains(month)) {
            return;
        }
        String name = "scan_events_" + month.getYear() + "_" + String.format("%02d", month.getMonthValue());
        if (!exists(em, name)) {
            em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                    .setParameter(1, PARTITION_LOCK)
                    .getSingleResult();
            if (!exists(em, name)) {
                em.createNativeQuery("CREATE TABLE " + name + " PARTITION OF scan_events FOR VALUES FROM ('"
                                + month.atDay(1) + " 00:00:00+00') TO ('"
                                + month.plusMonths(1).atDay(1) + " 00:00:00+00')")
                        .executeUpdate();
            }
        }
        known.add(month);
    }

    private static boolean exists(EntityManager em, String table) {
        return em.createNativeQuery("SELECT to_regclass(?1) IS NOT NULL")
                .setParameter(1, table)
                .getSingleResult()
                .equals(Boolean.TRUE);
    }

    /** Scans in {@code [from, to)} (either open), of the code when given, newest first. */
    List<ScanView> list(EntityManager em, Instant from, Instant to, String code, int first, int max) {
        Query query = filtered(
                        em,
                        "SELECT CAST(id AS varchar), scanned_at, recorded_at, code, symbology, context, location,"
                                + " device_id, device_event_id, outcome, entity_kind, CAST(entity_id AS varchar),"
                                + " CAST(shipment_id AS varchar), elements, detail FROM scan_events",
                        from,
                        to,
                        code,
                        " ORDER BY scanned_at DESC, id")
                .setFirstResult(first)
                .setMaxResults(max);
        List<ScanView> views = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            String kind = (String) c[10];
            TargetView target = kind == null ? null : new TargetView(kind, uuid(c[11]), null, null, uuid(c[12]));
            views.add(new ScanView(
                    uuid(c[0]),
                    (String) c[9],
                    (String) c[3],
                    (String) c[4],
                    (String) c[5],
                    (String) c[6],
                    instant(c[1]),
                    instant(c[2]),
                    (String) c[7],
                    (String) c[8],
                    elements((String) c[13]),
                    target,
                    (String) c[14]));
        }
        return views;
    }

    long count(EntityManager em, Instant from, Instant to, String code) {
        return ((Number) filtered(em, "SELECT COUNT(*) FROM scan_events", from, to, code, "")
                        .getSingleResult())
                .longValue();
    }

    private static Query filtered(EntityManager em, String select, Instant from, Instant to, String code, String tail) {
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (from != null) {
            values.add(Timestamp.from(from));
            where.add("scanned_at >= ?" + values.size());
        }
        if (to != null) {
            values.add(Timestamp.from(to));
            where.add("scanned_at < ?" + values.size());
        }
        if (code != null) {
            values.add(code);
            where.add("code = ?" + values.size());
        }
        Query query =
                em.createNativeQuery(select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + tail);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static UUID uuid(Object value) {
        return value == null ? null : UUID.fromString(value.toString());
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return value == null ? null : Instant.parse(value.toString());
    }

    private static String elementsJson(List<Gs1Element> elements) {
        if (elements == null || elements.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        elements.forEach(
                e -> array.add(Json.createObjectBuilder().add("ai", e.ai()).add("value", e.value())));
        return array.build().toString();
    }

    private static List<Gs1Element> elements(String json) {
        if (json == null) {
            return List.of();
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> new Gs1Element(o.getString("ai"), o.getString("value")))
                    .toList();
        }
    }
}
