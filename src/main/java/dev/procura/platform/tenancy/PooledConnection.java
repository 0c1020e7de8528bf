package dev.procura.platform.tenancy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One physical connection of a {@link ConnectionBudget}. Each loan hands out a fresh proxy whose
 * {@code close()} gives the connection back (once); a connection failure seen through the proxy
 * (SQL state class 08) keeps it from being reused.
 */
final class PooledConnection {

    final TenantPool pool;
    final Connection physical;
    final long createdNanos;
    volatile long lastUsedNanos;

    PooledConnection(TenantPool pool, Connection physical, long nowNanos) {
        this.pool = pool;
        this.physical = physical;
        this.createdNanos = nowNanos;
        this.lastUsedNanos = nowNanos;
    }

    Connection lend() {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, new Loan());
    }

    /** Leaves the connection as a new one would be: no open transaction, auto-commit on. False if that fails. */
    boolean reset() {
        try {
            if (physical.isClosed()) {
                return false;
            }
            if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    static boolean isConnectionFailure(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08");
    }

    private final class Loan implements InvocationHandler {
        private boolean returned;
        private boolean broken;

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (!returned) {
                        returned = true;
                        pool.giveBack(PooledConnection.this, !broken);
                    }
                    return null;
                }
                case "isClosed" -> {
                    return returned || physical.isClosed();
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "PooledConnection[" + pool.name + "]";
                }
                default -> {}
            }
            if (returned) {
                throw new SQLException("The connection was closed", "08003");
            }
            try {
                return method.invoke(physical, args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof SQLException sql && isConnectionFailure(sql)) {
                    broken = true;
                }
                throw e.getCause();
            }
        }
    }
}
