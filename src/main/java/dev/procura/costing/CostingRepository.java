package dev.procura.costing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Queries on receipt charges. */
@ApplicationScoped
public class CostingRepository {

    List<ReceiptCharge> charges(EntityManager em, UUID receiptId) {
        return em.createQuery(
                        "SELECT c FROM ReceiptCharge c WHERE c.receiptId = :receipt ORDER BY c.createdAt, c.id",
                        ReceiptCharge.class)
                .setParameter("receipt", receiptId)
                .getResultList();
    }
}
