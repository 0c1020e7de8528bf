package dev.procura.dataexport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Data exports in the control database; each method is its own transaction. */
@ApplicationScoped
public class DataExportRepository {

    @PersistenceContext(unitName = "control")
    EntityManager em;

    @Transactional
    public void add(DataExport export) {
        em.persist(export);
        em.flush();
    }

    /** The export if it is one of this tenant's. */
    public Optional<DataExport> find(UUID tenantId, UUID id) {
        return Optional.ofNullable(em.find(DataExport.class, id))
                .filter(e -> e.tenantId().equals(tenantId));
    }

    /** Changes the export under a row lock and returns it as changed. */
    @Transactional
    public DataExport change(UUID id, Consumer<DataExport> change) {
        DataExport export = em.find(DataExport.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (export == null) {
            throw new IllegalStateException("No data export " + id);
        }
        change.accept(export);
        return export;
    }
}
