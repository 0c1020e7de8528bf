package dev.procura.platform.web;

import dev.procura.platform.failures.ProblemType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything else: logged with the request id, answered without internals. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        LOG.log(Level.SEVERE, "Unexpected failure serving request " + RequestIds.current(), exception);
        return Problem.of(ProblemType.INTERNAL, "The server failed to answer; quote the request id when reporting it")
                .toResponse()
                .build();
    }
}
