package dev.procura.platform.web;

import dev.procura.platform.failures.ProblemType;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body the Jakarta REST runtime could not read (it wraps JSON-B failures in some paths). */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return malformedJson();
    }

    static Response malformedJson() {
        return Problem.of(ProblemType.MALFORMED_JSON, "The request body is not valid JSON of the expected shape")
                .toResponse()
                .build();
    }
}
