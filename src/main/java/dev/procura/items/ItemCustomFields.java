package dev.procura.items;

import dev.procura.platform.customfields.EntityCustomFieldHost;
import jakarta.enterprise.context.ApplicationScoped;

/** Items take custom fields. */
@ApplicationScoped
public class ItemCustomFields extends EntityCustomFieldHost {

    public ItemCustomFields() {
        super(ItemService.ENTITY, "items", Item.class);
    }
}
