package dev.procura.rfqs;

import dev.procura.platform.customfields.EntityCustomFieldHost;
import jakarta.enterprise.context.ApplicationScoped;

/** RFQs take custom fields. */
@ApplicationScoped
public class RfqCustomFields extends EntityCustomFieldHost {

    public RfqCustomFields() {
        super(RfqService.ENTITY, "rfqs", Rfq.class);
    }
}
