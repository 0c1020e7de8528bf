package dev.procura.rfqs;

import dev.procura.platform.customfields.EntityCustomFieldHost;
import jakarta.enterprise.context.ApplicationScoped;

/** Quotes take custom fields. */
@ApplicationScoped
public class QuoteCustomFields extends EntityCustomFieldHost {

    public QuoteCustomFields() {
        super(QuoteService.ENTITY, "quotes", Quote.class);
    }
}
