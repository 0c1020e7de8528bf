package dev.procura.procurement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Per-tenant numbering: prefix (from the settings) plus a sequence per kind, e.g. PO-000042. The
 * counter row is locked by the UPDATE until the transaction ends, so numbers never repeat and a
 * rolled-back document gives its number back.
 */
@ApplicationScoped
public class DocumentNumbers {

    public String next(EntityManager em, String kind, String prefix) {
        Number value = (Number) em.createNativeQuery("INSERT INTO document_sequences (kind, next_value) VALUES (?1, 2)"
                        + " ON CONFLICT (kind) DO UPDATE SET next_value = document_sequences.next_value + 1"
                        + " RETURNING next_value - 1")
                .setParameter(1, kind)
                .getSingleResult();
        return prefix + String.format("%06d", value.longValue());
    }
}
