package dev.procura.platform.web;

import dev.procura.platform.failures.Failure;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** Domain failures thrown by services, as problem+json: the status is the HTTP face of their kind. */
@Provider
public class FailureMapper implements ExceptionMapper<Failure> {

    private static final Map<Failure.Kind, Integer> STATUS = Map.of(
            Failure.Kind.INVALID, 400,
            Failure.Kind.UNAUTHENTICATED, 401,
            Failure.Kind.FORBIDDEN, 403,
            Failure.Kind.NOT_FOUND, 404,
            Failure.Kind.CONFLICT, 409,
            Failure.Kind.TOO_LARGE, 413,
            Failure.Kind.RATE_LIMITED, 429,
            Failure.Kind.UNAVAILABLE, 503);

    public static int statusOf(Failure failure) {
        return STATUS.get(failure.kind());
    }

    public static Problem problemOf(Failure failure) {
        Problem problem = Problem.of(failure.slug(), failure.title(), statusOf(failure), failure.getMessage())
                .with(failure.facts());
        return failure.errors().isEmpty() ? problem : problem.withErrors(failure.errors());
    }

    @Override
    public Response toResponse(Failure failure) {
        Response.ResponseBuilder response = problemOf(failure).toResponse();
        if (failure.retryAfter() != null) {
            response.header("Retry-After", Math.max(1, (failure.retryAfter().toMillis() + 999) / 1000));
        }
        if (failure.kind() == Failure.Kind.UNAUTHENTICATED) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }
}
