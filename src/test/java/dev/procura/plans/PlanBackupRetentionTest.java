package dev.procura.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanBackupRetentionTest {

    private static PlanBackupRetention retentionWith(Optional<Plan> plan) {
        PlanBackupRetention retention = new PlanBackupRetention();
        retention.defaultDays = 7;
        retention.plans = new CurrentPlans() {
            @Override
            public Current of(UUID tenantId) {
                return new Current(plan, Instant.EPOCH, Instant.EPOCH);
            }
        };
        return retention;
    }

    private static Plan planKeeping(Integer days) {
        return new Plan(
                UUID.randomUUID(),
                new PlanRequests.Save(
                        "keep", "Keep", "flat", "EUR", BigDecimal.ONE, null, 0, false, null, days, Set.of(), null),
                Instant.EPOCH);
    }

    @Test
    void thePlansRetentionWinsAndTheConfiguredOneFillsIn() {
        assertEquals(
                Duration.ofDays(30), retentionWith(Optional.of(planKeeping(30))).retentionOf(UUID.randomUUID()));
        assertEquals(
                Duration.ofDays(7),
                retentionWith(Optional.of(planKeeping(null))).retentionOf(UUID.randomUUID()));
        assertEquals(Duration.ofDays(7), retentionWith(Optional.empty()).retentionOf(UUID.randomUUID()));
    }
}
