package dev.procura.platform.web;

import dev.procura.platform.failures.ProblemType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Failures raised by Jakarta REST itself: unknown path, wrong method, media types, and whatever
 * else it answers with one of its exceptions. Each status is answered with a type of the
 * catalogue; a status without one of its own is a {@code malformed-request} (4xx) or an
 * {@code internal} error (5xx), logged so that it can be given one.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        Problem problem = switch (status) {
            case 400 -> Problem.of(ProblemType.MALFORMED_REQUEST, "The request could not be read");
            case 401 -> Problem.of(ProblemType.UNAUTHENTICATED, "An access token is required");
            case 403 -> Problem.of(ProblemType.FORBIDDEN, "This action is not permitted");
            case 404 -> Problem.of(ProblemType.NOT_FOUND, "No resource at this path");
            case 405 -> Problem.of(ProblemType.METHOD_NOT_ALLOWED, "This resource does not support this method");
            case 406 -> Problem.of(ProblemType.NOT_ACCEPTABLE, "No representation matches the Accept header");
            case 415 ->
                Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "This resource does not accept this Content-Type");
            case 503 -> Problem.of(ProblemType.UNAVAILABLE, "The service is unavailable; try again later");
            default -> unmapped(exception, status, statusTitle(original));
        };
        Response.ResponseBuilder response = problem.toResponse();
        copy(original, response, HttpHeaders.ALLOW);
        copy(original, response, HttpHeaders.RETRY_AFTER);
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    private static Problem unmapped(WebApplicationException exception, int status, String reason) {
        if (status < 500) {
            LOG.warning("Jakarta REST answered " + status + " " + reason + ", which has no problem type; sent as "
                    + ProblemType.MALFORMED_REQUEST.slug());
            return Problem.of(ProblemType.MALFORMED_REQUEST, "The request could not be served (" + reason + ")");
        }
        LOG.log(Level.SEVERE, "Jakarta REST failed serving request " + RequestIds.current(), exception);
        return Problem.of(ProblemType.INTERNAL, "The server failed to answer; quote the request id when reporting it");
    }

    private static void copy(Response original, Response.ResponseBuilder response, String header) {
        String value = original.getHeaderString(header);
        if (value != null) {
            response.header(header, value);
        }
    }

    private static String statusTitle(Response response) {
        Response.StatusType type = response.getStatusInfo();
        return type == null ? "Error" : type.getReasonPhrase();
    }
}
