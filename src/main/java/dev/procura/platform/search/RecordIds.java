package dev.procura.platform.search;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * How a source pages through its own table for a rebuild: ids in the database's uuid order (which
 * is not {@link UUID#compareTo}'s), then the records of a page put back in that order.
 */
public final class RecordIds {

    private RecordIds() {}

    /**
     * At most {@code limit} ids after {@code afterId} (null: from the first), in uuid order.
     * {@code select} is the capability's own query of its ids as text, without WHERE or ORDER BY:
     * {@code SELECT CAST(id AS VARCHAR) FROM documents}.
     */
    public static List<UUID> after(EntityManager em, String select, UUID afterId, int limit) {
        String sql = select + (afterId == null ? "" : " WHERE id > CAST(?1 AS UUID)") + " ORDER BY id LIMIT " + limit;
        var query = em.createNativeQuery(sql);
        if (afterId != null) {
            query.setParameter(1, afterId.toString());
        }
        List<?> rows = query.getResultList();
        List<UUID> ids = new ArrayList<>(rows.size());
        for (Object row : rows) {
            ids.add(UUID.fromString(row.toString()));
        }
        return ids;
    }

    /** The records found, in the order of {@code ids}; ids without a record are left out. */
    public static <T> List<T> inOrder(List<UUID> ids, Collection<T> found, Function<T, UUID> idOf) {
        Map<UUID, T> byId = new HashMap<>();
        for (T record : found) {
            byId.put(idOf.apply(record), record);
        }
        List<T> ordered = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            T record = byId.get(id);
            if (record != null) {
                ordered.add(record);
            }
        }
        return ordered;
    }
}
