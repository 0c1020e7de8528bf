package dev.procura.platform.tenancy;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connections of one tenant database, drawn from its server's {@link ConnectionBudget}: a
 * {@link DataSource} the tenant's EntityManagers use. It holds no connection of its own beyond
 * the idle ones the budget lets it keep.
 */
public final class TenantPool implements DataSource {

    final ConnectionBudget budget;
    final String name;
    final ConnectionBudget.Connector connector;
    /** Idle connections, most recently used first. Guarded by the budget's lock. */
    final ArrayDeque<PooledConnection> idle = new ArrayDeque<>();
    /** Connections open or being opened for this tenant. Guarded by the budget's lock. */
    int count;
    /** Closed: no more loans, and connections coming back are closed. Guarded by the budget's lock. */
    boolean retired;

    TenantPool(ConnectionBudget budget, String name, ConnectionBudget.Connector connector) {
        this.budget = budget;
        this.name = name;
        this.connector = connector;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return budget.borrow(this);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("A tenant pool logs in as the tenant's own role only");
    }

    void giveBack(PooledConnection connection, boolean reusable) {
        budget.giveBack(connection, reusable);
    }

    /** Closes the idle connections now and the others when they come back; later loans fail. */
    public void retire() {
        budget.retire(this);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no log writer: the pool logs through java.util.logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the budget's acquire timeout bounds every wait
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger(TenantPool.class.getPackageName());
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return "TenantPool[" + name + "]";
    }
}
