package dev.procura.platform.observability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Requests per tenant, as a bounded opt-in: with {@code procura.metrics.tenant-top-n} = N > 0 only
 * the N busiest tenants get a series ({@code procura_tenant_requests{tenant=…}}), so thousands of
 * tenants cannot explode label cardinality. The ranking is refreshed at most every {@code procura.metrics.tenant-refresh}.
 */
@ApplicationScoped
public class TenantTraffic {

    static final String GAUGE = "procura_tenant_requests";
    /** Counting stops growing past this many tenants; counts restart when it is reached. */
    private static final int TRACKED_MAX = 10_000;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "procura.metrics.tenant-top-n", defaultValue = "0")
    int topN;

    @Inject
    @ConfigProperty(name = "procura.metrics.tenant-refresh", defaultValue = "PT15S")
    java.time.Duration refreshEvery;

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Set<String> published = new HashSet<>();
    private volatile long refreshedAt = System.nanoTime();

    void count(String route, String tenantId) {
        if (topN <= 0 || tenantId == null || !route.contains("{tenantId}")) {
            return;
        }
        if (counts.size() >= TRACKED_MAX && !counts.containsKey(tenantId)) {
            counts.clear();
        }
        counts.computeIfAbsent(tenantId, t -> new LongAdder()).increment();
        if (System.nanoTime() - refreshedAt > refreshEvery.toNanos()) {
            refresh();
        }
    }

    /** Publishes the busiest N tenants and withdraws the series of those that dropped out. */
    synchronized void refresh() {
        refreshedAt = System.nanoTime();
        List<String> busiest = counts.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .limit(topN)
                .map(Map.Entry::getKey)
                .toList();
        for (String tenant : Set.copyOf(published)) {
            if (!busiest.contains(tenant)) {
                metrics.remove(new MetricID(GAUGE, new Tag("tenant", tenant)));
                published.remove(tenant);
            }
        }
        for (String tenant : busiest) {
            if (published.add(tenant)) {
                LongAdder count = counts.get(tenant);
                metrics.gauge(
                        Metadata.builder()
                                .withName(GAUGE)
                                .withDescription("Requests of one of the busiest tenants since it was first counted")
                                .build(),
                        count,
                        LongAdder::sum,
                        new Tag("tenant", tenant));
            }
        }
    }
}
