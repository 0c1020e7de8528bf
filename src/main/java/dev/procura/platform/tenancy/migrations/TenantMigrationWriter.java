package dev.procura.platform.tenancy.migrations;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Records the outcome of each tenant, in the chunk's transaction. */
@Named
@Dependent
public class TenantMigrationWriter extends AbstractItemWriter {

    @Inject
    TenantMigrationRepository repository;

    @Override
    public void writeItems(List<Object> items) {
        items.forEach(item -> repository.record((TenantMigrationResult) item));
    }
}
