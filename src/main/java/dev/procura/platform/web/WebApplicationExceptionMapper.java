package dev.procura.platform.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Failures raised by Jakarta REST itself: unknown path, wrong method, media types. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        Problem problem = switch (status) {
            case 404 -> Problem.of("not-found", "Not found", 404, "No resource at this path");
            case 405 ->
                Problem.of(
                        "method-not-allowed", "Method not allowed", 405, "This resource does not support this method");
            case 406 ->
                Problem.of("not-acceptable", "Not acceptable", 406, "No representation matches the Accept header");
            case 415 ->
                Problem.of(
                        "unsupported-media-type",
                        "Unsupported media type",
                        415,
                        "This resource does not accept this Content-Type");
            case 400 -> Problem.of("malformed-request", "Malformed request", 400, "The request could not be read");
            default -> Problem.of("http-" + status, statusTitle(original), status, null);
        };
        Response.ResponseBuilder response = problem.toResponse();
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    private static String statusTitle(Response response) {
        Response.StatusType type = response.getStatusInfo();
        return type == null ? "Error" : type.getReasonPhrase();
    }
}
