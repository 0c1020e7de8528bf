package dev.procura.platform.observability;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Rate, errors and latency per endpoint: one timer per method, route template (never the actual
 * path, so ids cannot multiply the series) and status class. The 4xx and 5xx series are the errors.
 */
@Provider
@PreMatching
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

    static final String TIMER = "procura_http_requests";
    private static final String STARTED = RequestMetrics.class.getName() + ".started";
    private static final Map<Method, String> ROUTES = new ConcurrentHashMap<>();

    @Inject
    MetricRegistry metrics;

    @Inject
    TenantTraffic tenantTraffic;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long nanos)) {
            return;
        }
        String route = route();
        metrics.timer(
                        TIMER,
                        new Tag("method", request.getMethod()),
                        new Tag("route", route),
                        new Tag("status", response.getStatus() / 100 + "xx"))
                .update(Duration.ofNanos(System.nanoTime() - nanos));
        tenantTraffic.count(route, request.getUriInfo().getPathParameters().getFirst("tenantId"));
    }

    /** The matched resource method's path template, e.g. /api/v1/tenants/{tenantId}/suppliers/{id}. */
    private String route() {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return "unmatched";
        }
        return ROUTES.computeIfAbsent(method, m -> {
            Path type = resource.getResourceClass().getAnnotation(Path.class);
            Path own = m.getAnnotation(Path.class);
            String path = (type == null ? "" : type.value()) + (own == null ? "" : "/" + own.value());
            return path.replaceAll("/+", "/");
        });
    }
}
