package dev.procura.platform.security;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.observability.LogContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Verifies the bearer token of every request to a resource not marked {@link Public}, checks
 * its session against revocations, and enforces {@link RequiresGroup}. It runs inside Jakarta
 * REST (not Liberty's mpJwt login module) so that refusals are problem+json like every error.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Context
    ResourceInfo resource;

    @Inject
    AccessTokens tokens;

    @Inject
    SessionStatus sessions;

    @Inject
    CurrentCaller currentCaller;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || isPublic(method)) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new Failure.Unauthorized(ProblemType.UNAUTHENTICATED, "An access token is required");
        }
        Caller caller;
        try {
            caller = tokens.verify(header.substring(BEARER.length()).strip());
        } catch (AccessTokens.InvalidTokenException e) {
            throw new Failure.Unauthorized(ProblemType.INVALID_TOKEN, e.getMessage());
        }
        if (!sessions.isActive(caller.sessionId())) {
            throw new Failure.Unauthorized(ProblemType.SESSION_REVOKED, "The session of this token has ended");
        }
        RequiresGroup required = requiredGroup(method);
        if (required != null && !caller.groups().contains(required.value())) {
            throw new Failure.Forbidden(ProblemType.FORBIDDEN, "This action needs the " + required.value() + " role");
        }
        currentCaller.set(caller);
        LogContext.user(caller.userId());
    }

    private boolean isPublic(Method method) {
        return method.isAnnotationPresent(Public.class)
                || resource.getResourceClass().isAnnotationPresent(Public.class);
    }

    private RequiresGroup requiredGroup(Method method) {
        RequiresGroup onMethod = method.getAnnotation(RequiresGroup.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(RequiresGroup.class);
    }
}
