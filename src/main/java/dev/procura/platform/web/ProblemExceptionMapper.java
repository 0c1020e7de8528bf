package dev.procura.platform.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Domain failures thrown by services. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException exception) {
        Response.ResponseBuilder response = exception.problem().toResponse();
        if (exception.retryAfter() != null) {
            response.header("Retry-After", Math.max(1, (exception.retryAfter().toMillis() + 999) / 1000));
        }
        if (exception.problem().status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }
}
