package dev.procura.platform.audit;

import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads the audit trails: a tenant's (in its database) and the platform's (in the control
 * database), and walks either chain. The trails are written only by {@link AuditSealer}.
 */
@ApplicationScoped
public class AuditTrails {

    @Resource(lookup = "jdbc/control")
    DataSource control;

    @Inject
    TenantTransactions tenantData;

    /** Work on a trail's connection, inside a transaction. */
    @FunctionalInterface
    interface Reading<T> {
        T apply(Connection connection) throws SQLException;
    }

    public List<AuditEntry> tenantEntries(UUID tenantId, AuditReads.Query query, int offset, int limit) {
        return onTenant(tenantId, c -> AuditReads.find(c, AuditChain.Trail.TENANT, query, offset, limit));
    }

    public long tenantCount(UUID tenantId, AuditReads.Query query) {
        return onTenant(tenantId, c -> AuditReads.count(c, AuditChain.Trail.TENANT, query));
    }

    public AuditChain.Verification verifyTenant(UUID tenantId) {
        return onTenant(tenantId, c -> AuditChain.verify(c, AuditChain.Trail.TENANT));
    }

    public List<AuditChain.Checkpoint> tenantCheckpoints(UUID tenantId, int limit) {
        return onTenant(tenantId, c -> AuditChain.checkpoints(c, limit));
    }

    public List<AuditEntry> platformEntries(AuditReads.Query query, int offset, int limit) {
        return onControl(c -> AuditReads.find(c, AuditChain.Trail.PLATFORM, query, offset, limit));
    }

    public long platformCount(AuditReads.Query query) {
        return onControl(c -> AuditReads.count(c, AuditChain.Trail.PLATFORM, query));
    }

    public AuditChain.Verification verifyPlatform() {
        return onControl(c -> AuditChain.verify(c, AuditChain.Trail.PLATFORM));
    }

    public List<AuditChain.Checkpoint> platformCheckpoints(int limit) {
        return onControl(c -> AuditChain.checkpoints(c, limit));
    }

    private <T> T onTenant(UUID tenantId, Reading<T> reading) {
        return tenantData.call(tenantId, tx -> {
            try {
                return reading.apply(tx.em().unwrap(Connection.class));
            } catch (SQLException e) {
                throw new IllegalStateException("Reading the audit trail of tenant " + tenantId + " failed", e);
            }
        });
    }

    private <T> T onControl(Reading<T> reading) {
        try (Connection connection = control.getConnection()) {
            connection.setAutoCommit(false);
            try {
                return reading.apply(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the platform audit trail failed", e);
        }
    }
}
