package dev.procura.platform.tenancy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Physical connections without a database: they record what was done to them. */
final class FakeConnections {

    static final class Fake {
        final String tenant;
        volatile boolean closed;
        volatile boolean valid = true;
        volatile boolean autoCommit = true;
        volatile int rollbacks;
        volatile SQLException failNextCall;

        Fake(String tenant) {
            this.tenant = tenant;
        }
    }

    final List<Fake> made = new CopyOnWriteArrayList<>();
    final AtomicInteger physicallyOpen = new AtomicInteger();
    final AtomicInteger mostPhysicallyOpen = new AtomicInteger();

    ConnectionBudget.Connector connector(String tenant) {
        return () -> connect(tenant);
    }

    Connection connect(String tenant) {
        Fake fake = new Fake(tenant);
        made.add(fake);
        String index = Integer.toString(made.indexOf(fake));
        mostPhysicallyOpen.accumulateAndGet(physicallyOpen.incrementAndGet(), Math::max);
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "close" -> {
                        if (!fake.closed) {
                            fake.closed = true;
                            physicallyOpen.decrementAndGet();
                        }
                        yield null;
                    }
                    case "isClosed" -> fake.closed;
                    case "isValid" -> fake.valid;
                    case "getAutoCommit" -> fake.autoCommit;
                    case "setAutoCommit" -> {
                        fake.autoCommit = (Boolean) args[0];
                        yield null;
                    }
                    case "rollback" -> {
                        fake.rollbacks++;
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "Fake[" + tenant + "]";
                    case "getCatalog" -> index;
                    case "getSchema" -> {
                        SQLException failure = fake.failNextCall;
                        fake.failNextCall = null;
                        if (failure != null) {
                            throw failure;
                        }
                        yield tenant;
                    }
                    default -> null;
                });
    }

    /** The fake behind a lent connection (its catalog is its index). */
    Fake behind(Connection lent) throws SQLException {
        return made.get(Integer.parseInt(lent.getCatalog()));
    }

    long closedCount() {
        return made.stream().filter(f -> f.closed).count();
    }
}
