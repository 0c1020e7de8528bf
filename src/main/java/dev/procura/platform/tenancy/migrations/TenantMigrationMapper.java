package dev.procura.platform.tenancy.migrations;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Splits the tenants into {@code procura.migrations.partitions} slices migrated in parallel. */
@Named
@Dependent
public class TenantMigrationMapper implements PartitionMapper {

    @Inject
    @ConfigProperty(name = "procura.migrations.partitions", defaultValue = "2")
    int partitions;

    @Override
    public PartitionPlan mapPartitions() {
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(partitions);
        plan.setThreads(partitions);
        Properties[] properties = new Properties[partitions];
        for (int i = 0; i < partitions; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("partition", Integer.toString(i));
            properties[i].setProperty("partitions", Integer.toString(partitions));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }
}
