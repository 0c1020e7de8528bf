package dev.procura.platform.web;

import dev.procura.platform.failures.Failure;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Domain failures thrown by services, as problem+json of their type (whose status is their kind's). */
@Provider
public class FailureMapper implements ExceptionMapper<Failure> {

    public static Problem problemOf(Failure failure) {
        Problem problem = Problem.of(failure.type(), failure.getMessage()).with(failure.facts());
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
