package dev.procura.customers;

import dev.procura.paymentterms.PaymentTermReferences;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Customers name payment terms: a term some customer has is not deleted. */
@ApplicationScoped
public class CustomerPaymentTerms implements PaymentTermReferences {

    @Override
    public String records() {
        return "customers";
    }

    @Override
    public long countOf(TenantTx tx, UUID paymentTermId) {
        return tx.em()
                .createQuery("SELECT COUNT(c) FROM Customer c WHERE c.paymentTermId = :term", Long.class)
                .setParameter("term", paymentTermId)
                .getSingleResult();
    }
}
