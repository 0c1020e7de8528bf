package dev.procura.platform.audit;

import dev.procura.platform.tenancy.TenantTransactions;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/** Sealers for tests that build the outbox relay by hand. */
public final class AuditSealers {

    private AuditSealers() {}

    /** Seals without observers; signs with a random key. */
    public static AuditSealer on(DataSource control, TenantTransactions tenantData) {
        AuditSealer sealer = new AuditSealer();
        sealer.control = control;
        sealer.tenantData = tenantData;
        sealer.clock = Clock.systemUTC();
        sealer.signer = AuditChainTest.signer();
        sealer.batchSize = 500;
        sealer.checkpointEvery = 1000;
        sealer.checkpointInterval = Duration.ofHours(1);
        return sealer;
    }
}
