package dev.procura.support;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ScheduledExecutorService;

/** The container's managed threads and executors, for unit tests: plain Java ones behind the Jakarta interfaces. */
public final class ManagedConcurrency {

    private ManagedConcurrency() {}

    /** Daemon threads, as Liberty's default ManagedThreadFactory would give. */
    public static ManagedThreadFactory threads() {
        return new ManagedThreadFactory() {
            @Override
            public Thread newThread(Runnable work) {
                Thread thread = new Thread(work);
                thread.setDaemon(true);
                return thread;
            }

            @Override
            public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
                return ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            }
        };
    }

    /**
     * A managed scheduled executor that runs on {@code delegate}; the methods only the Jakarta
     * interface has (triggers, context) are not supported.
     */
    public static ManagedScheduledExecutorService executor(ScheduledExecutorService delegate) {
        return (ManagedScheduledExecutorService) Proxy.newProxyInstance(
                ManagedConcurrency.class.getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class},
                (proxy, method, args) -> {
                    if (!method.getDeclaringClass().isInstance(delegate)) {
                        throw new UnsupportedOperationException(method.toString());
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
