package dev.procura.platform.events;

import dev.procura.platform.security.ClientAddress;
import dev.procura.platform.web.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

/**
 * Where the change an event records came from: the request id and the client's address of the
 * HTTP request being served, or nothing when a consumer or a schedule makes the change.
 */
@ApplicationScoped
public class RequestOrigin {

    @Inject
    ClientAddress client;

    public String requestId() {
        return RequestIds.current();
    }

    public String clientAddress() {
        try {
            return client.address();
        } catch (ContextNotActiveException | IllegalStateException outsideARequest) {
            return null;
        }
    }
}
