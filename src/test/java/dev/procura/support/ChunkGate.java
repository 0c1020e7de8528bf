package dev.procura.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * Holds a conversion's job at one chunk, in the tenant's database and without touching the server:
 * a trigger makes the insert of staged chunk {@code seq} wait for an advisory lock this gate holds.
 * The job then waits inside its chunk's transaction, having taken no lock on the conversion itself,
 * until {@link #open()}.
 */
public final class ChunkGate implements AutoCloseable {

    private static final long KEY = 0x70726f6375726147L;

    private final String url;
    private final Connection holder;
    private boolean isOpen;

    private ChunkGate(String url, Connection holder) {
        this.url = url;
        this.holder = holder;
    }

    public static String tenantDatabaseUrl(UUID tenantId) throws SQLException {
        String server = ControlDb.strings("SELECT server_name FROM tenant_databases WHERE tenant_id = ?", tenantId)
                .get(0);
        return "jdbc:postgresql://localhost:" + ("second".equals(server) ? 5433 : 5432) + "/"
                + Tenants.databaseName(tenantId);
    }

    public static ChunkGate closedBefore(UUID tenantId, int seq) throws SQLException {
        String url = tenantDatabaseUrl(tenantId);
        Connection holder = DriverManager.getConnection(url, "postgres", "");
        try (Statement lock = holder.createStatement()) {
            lock.execute("SELECT pg_advisory_lock(" + KEY + ")");
        }
        try (Connection ddl = DriverManager.getConnection(url, "postgres", "");
                Statement statement = ddl.createStatement()) {
            statement.execute("CREATE OR REPLACE FUNCTION test_chunk_gate() RETURNS trigger AS $$ BEGIN"
                    + " IF NEW.seq = " + seq + " THEN PERFORM pg_advisory_xact_lock(" + KEY + "); END IF;"
                    + " RETURN NEW; END $$ LANGUAGE plpgsql");
            statement.execute("DROP TRIGGER IF EXISTS test_chunk_gate ON conversion_chunks");
            statement.execute("CREATE TRIGGER test_chunk_gate BEFORE INSERT ON conversion_chunks"
                    + " FOR EACH ROW EXECUTE FUNCTION test_chunk_gate()");
        }
        return new ChunkGate(url, holder);
    }

    /** Waits until a job is held at the gate. */
    public void awaitHeld() {
        Await.until("a conversion job held at the chunk gate", Duration.ofSeconds(60), () -> {
            try {
                return !ControlDb.stringsAt(
                                url,
                                "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                                        + " AND ((classid::bigint << 32) | objid::bigint) = ?",
                                KEY)
                        .isEmpty();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public void open() throws SQLException {
        if (!isOpen) {
            try (Statement unlock = holder.createStatement()) {
                unlock.execute("SELECT pg_advisory_unlock(" + KEY + ")");
            }
            isOpen = true;
        }
    }

    @Override
    public void close() throws SQLException {
        open();
        holder.close();
        try (Connection ddl = DriverManager.getConnection(url, "postgres", "");
                Statement statement = ddl.createStatement()) {
            statement.execute("DROP TRIGGER IF EXISTS test_chunk_gate ON conversion_chunks");
        }
    }
}
