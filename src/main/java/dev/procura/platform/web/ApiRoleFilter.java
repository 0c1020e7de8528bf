package dev.procura.platform.web;

import dev.procura.platform.events.ServerRoles;
import dev.procura.platform.failures.Failure;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;

/** A worker-only server (procura.api.enabled=false) refuses API calls; health and metrics stay up. */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 90)
public class ApiRoleFilter implements ContainerRequestFilter {

    private final boolean api = ServerRoles.isApi();

    @Override
    public void filter(ContainerRequestContext request) {
        if (!api) {
            throw new Failure.Unavailable(
                    "This server runs workers only; send API calls to an API server", Duration.ofSeconds(30));
        }
    }
}
