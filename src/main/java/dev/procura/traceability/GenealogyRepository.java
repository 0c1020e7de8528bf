package dev.procura.traceability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The links between units, walked with recursive queries over the movements: a unit consumed by
 * a document links to every unit that document produced, whichever was booked first. The CYCLE
 * clause stops a walk at an edge already on its path (rework: B made from A, then A from B), and
 * each edge is answered once, with the quantity consumed.
 */
@ApplicationScoped
public class GenealogyRepository {

    /** A link: {@code from} was consumed by the document that produced {@code to}. */
    public record Link(
            UUID from, UUID to, UUID documentId, String documentType, String documentNumber, BigDecimal quantity) {}

    private static final String FORWARD = "WITH RECURSIVE walk (from_id, to_id, document_id, depth) AS ("
            + " SELECT c.unit_id, p.unit_id, c.document_id, 1 FROM stock_movements c"
            + " JOIN stock_movements p ON p.document_id = c.document_id AND p.kind = 'produced'"
            + " WHERE c.kind = 'consumed' AND c.unit_id = ANY (CAST(string_to_array(?1, ',') AS UUID[]))"
            + " UNION ALL"
            + " SELECT c.unit_id, p.unit_id, c.document_id, w.depth + 1 FROM walk w"
            + " JOIN stock_movements c ON c.unit_id = w.to_id AND c.kind = 'consumed'"
            + " JOIN stock_movements p ON p.document_id = c.document_id AND p.kind = 'produced'"
            + " WHERE w.depth < ?2"
            + ") CYCLE from_id, to_id SET is_cycle USING path";

    private static final String BACKWARD = "WITH RECURSIVE walk (from_id, to_id, document_id, depth) AS ("
            + " SELECT c.unit_id, p.unit_id, p.document_id, 1 FROM stock_movements p"
            + " JOIN stock_movements c ON c.document_id = p.document_id AND c.kind = 'consumed'"
            + " WHERE p.kind = 'produced' AND p.unit_id = ANY (CAST(string_to_array(?1, ',') AS UUID[]))"
            + " UNION ALL"
            + " SELECT c.unit_id, p.unit_id, p.document_id, w.depth + 1 FROM walk w"
            + " JOIN stock_movements p ON p.unit_id = w.from_id AND p.kind = 'produced'"
            + " JOIN stock_movements c ON c.document_id = p.document_id AND c.kind = 'consumed'"
            + " WHERE w.depth < ?2"
            + ") CYCLE from_id, to_id SET is_cycle USING path";

    private static final String EDGES = " SELECT e.from_id, e.to_id, e.document_id, q.document_type,"
            + " q.document_number, q.quantity"
            + " FROM (SELECT DISTINCT from_id, to_id, document_id FROM walk WHERE NOT is_cycle) e"
            + " CROSS JOIN LATERAL (SELECT MIN(m.document_type) AS document_type,"
            + " MIN(m.document_number) AS document_number, SUM(m.quantity) AS quantity FROM stock_movements m"
            + " WHERE m.unit_id = e.from_id AND m.document_id = e.document_id AND m.kind = 'consumed') q"
            + " ORDER BY e.from_id, e.to_id, e.document_id";

    /** The links reached from {@code starts} towards what they went into, at most {@code depth} links deep. */
    public List<Link> forward(EntityManager em, Collection<UUID> starts, int depth) {
        return links(em, FORWARD + EDGES, starts, depth);
    }

    /** The links reached from {@code starts} towards what they were made from, at most {@code depth} links deep. */
    public List<Link> backward(EntityManager em, Collection<UUID> starts, int depth) {
        return links(em, BACKWARD + EDGES, starts, depth);
    }

    private static List<Link> links(EntityManager em, String sql, Collection<UUID> starts, int depth) {
        if (starts.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter(1, starts.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .setParameter(2, depth)
                .getResultList();
        return rows.stream()
                .map(r -> new Link(
                        uuid(r[0]),
                        uuid(r[1]),
                        uuid(r[2]),
                        (String) r[3],
                        (String) r[4],
                        r[5] == null ? BigDecimal.ZERO : new BigDecimal(r[5].toString())))
                .toList();
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }
}
