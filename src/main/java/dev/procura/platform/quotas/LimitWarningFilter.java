package dev.procura.platform.quotas;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Writes the request's limit warnings as response headers, whatever the answer. */
@Provider
public class LimitWarningFilter implements ContainerResponseFilter {

    @Inject
    LimitWarnings warnings;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        for (String warning : warnings.all()) {
            response.getHeaders().add(LimitWarnings.HEADER, warning);
        }
    }
}
