package dev.procura.platform.web;

import dev.procura.platform.failures.ProblemType;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** CORS for the origins in {@code procura.cors.allowed-origins}; none are allowed by default. */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 50)
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String ORIGIN = "Origin";
    private static final String PREFLIGHT_METHOD = "Access-Control-Request-Method";

    @Inject
    @ConfigProperty(name = "procura.cors.allowed-origins")
    Optional<List<String>> allowedOrigins;

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString(ORIGIN);
        if (origin == null
                || !HttpMethod.OPTIONS.equals(request.getMethod())
                || request.getHeaderString(PREFLIGHT_METHOD) == null) {
            return;
        }
        if (!isAllowed(origin)) {
            request.abortWith(Problem.of(
                            ProblemType.CORS_ORIGIN_REFUSED, "Cross-origin requests from this origin are not allowed")
                    .toResponse()
                    .build());
            return;
        }
        Response.ResponseBuilder preflight = Response.noContent()
                .header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS")
                .header("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept, X-Request-Id")
                .header("Access-Control-Max-Age", 600);
        request.abortWith(preflight.build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString(ORIGIN);
        if (origin != null && isAllowed(origin)) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle("Access-Control-Allow-Origin", origin);
            headers.putSingle("Access-Control-Expose-Headers", "Location, Retry-After, X-Request-Id");
            headers.add("Vary", ORIGIN);
        }
    }

    private boolean isAllowed(String origin) {
        return allowedOrigins.orElse(List.of()).contains(origin);
    }
}
