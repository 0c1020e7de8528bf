package dev.procura.documents;

import dev.procura.platform.customfields.CustomFieldCriteria;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries on documents and files, in the tenant transaction the caller holds. */
@ApplicationScoped
public class DocumentRepository {

    /** Filters of the document list; null fields do not filter. */
    public record Filter(String filenameContains, String mimeType, UUID uploadedBy, Instant from, Instant to) {}

    static final Map<String, String> SORTS = Map.of(
            "created_at",
            "d.createdAt",
            "filename",
            "d.filename",
            "mime_type",
            "d.mimeType",
            "updated_at",
            "d.updatedAt");

    public long countAllDocuments(EntityManager em) {
        return em.createQuery("SELECT COUNT(d) FROM Document d", Long.class).getSingleResult();
    }

    /** Bytes stored: each distinct file once, however many documents use it. */
    public long storedBytes(EntityManager em) {
        Long sum = em.createQuery("SELECT SUM(f.sizeBytes) FROM StoredFile f", Long.class)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    public Optional<StoredFile> fileBySha256(EntityManager em, String sha256) {
        return em.createQuery("SELECT f FROM StoredFile f WHERE f.sha256 = :sha", StoredFile.class)
                .setParameter("sha", sha256)
                .getResultStream()
                .findFirst();
    }

    public long documentsOf(EntityManager em, UUID fileId) {
        return em.createQuery("SELECT COUNT(d) FROM Document d WHERE d.fileId = :file", Long.class)
                .setParameter("file", fileId)
                .getSingleResult();
    }

    public List<Document> documentsUsing(EntityManager em, UUID fileId) {
        return em.createQuery("SELECT d FROM Document d WHERE d.fileId = :file ORDER BY d.createdAt", Document.class)
                .setParameter("file", fileId)
                .setMaxResults(100)
                .getResultList();
    }

    /** A page of documents; {@code sort} is a key of {@link #SORTS}, with a leading '-' for descending. */
    public List<Document> documents(
            EntityManager em, Filter filter, CustomFieldCriteria custom, String sort, int first, int max) {
        TypedQuery<Document> query = em.createQuery(
                "SELECT d FROM Document d" + where(filter, custom) + " ORDER BY " + custom.orderBy(sort, SORTS, "d.id"),
                Document.class);
        parameters(filter, custom).forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countDocuments(EntityManager em, Filter filter, CustomFieldCriteria custom) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(d) FROM Document d" + where(filter, custom), Long.class);
        parameters(filter, custom).forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The filter's WHERE clause with the custom field clauses added. */
    private static String where(Filter filter, CustomFieldCriteria custom) {
        StringBuilder where = new StringBuilder(where(filter));
        for (CustomFieldCriteria.Clause clause : custom.clauses()) {
            where.append(where.isEmpty() ? " WHERE " : " AND ").append(clause.jpql());
        }
        return where.toString();
    }

    private static Map<String, Object> parameters(Filter filter, CustomFieldCriteria custom) {
        Map<String, Object> parameters = new java.util.LinkedHashMap<>(parameters(filter));
        custom.clauses().forEach(c -> parameters.put(c.parameter(), c.value()));
        return parameters;
    }

    public List<Object[]> filesWithCounts(EntityManager em, int first, int max) {
        return em.createQuery(
                        "SELECT f, (SELECT COUNT(d) FROM Document d WHERE d.fileId = f.id) FROM StoredFile f"
                                + " ORDER BY f.createdAt DESC, f.id",
                        Object[].class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countFiles(EntityManager em) {
        return em.createQuery("SELECT COUNT(f) FROM StoredFile f", Long.class).getSingleResult();
    }

    private static String where(Filter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.filenameContains() != null) {
            conditions.add("LOWER(d.filename) LIKE :filename");
        }
        if (filter.mimeType() != null) {
            conditions.add("d.mimeType = :mime");
        }
        if (filter.uploadedBy() != null) {
            conditions.add("d.uploadedBy = :uploader");
        }
        if (filter.from() != null) {
            conditions.add("d.createdAt >= :from");
        }
        if (filter.to() != null) {
            conditions.add("d.createdAt < :to");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static Map<String, Object> parameters(Filter filter) {
        Map<String, Object> values = new HashMap<>();
        if (filter.filenameContains() != null) {
            String escaped = filter.filenameContains()
                    .toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            values.put("filename", "%" + escaped + "%");
        }
        if (filter.mimeType() != null) {
            values.put("mime", filter.mimeType());
        }
        if (filter.uploadedBy() != null) {
            values.put("uploader", filter.uploadedBy());
        }
        if (filter.from() != null) {
            values.put("from", filter.from());
        }
        if (filter.to() != null) {
            values.put("to", filter.to());
        }
        return values;
    }
}
