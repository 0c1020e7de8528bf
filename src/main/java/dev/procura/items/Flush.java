package dev.procura.items;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;

/** Writes now, so that a code taken by a concurrent request meanwhile is a conflict, not a failure. */
final class Flush {

    private Flush() {}

    static void unique(EntityManager em, Supplier<RuntimeException> conflict) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                    throw conflict.get();
                }
            }
            throw e;
        }
    }
}
