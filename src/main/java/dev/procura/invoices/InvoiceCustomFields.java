package dev.procura.invoices;

import dev.procura.platform.customfields.EntityCustomFieldHost;
import jakarta.enterprise.context.ApplicationScoped;

/** Invoices take custom fields. */
@ApplicationScoped
public class InvoiceCustomFields extends EntityCustomFieldHost {

    public InvoiceCustomFields() {
        super(InvoiceService.ENTITY, "invoices", Invoice.class);
    }
}
