package dev.procura.identity;

import dev.procura.platform.events.Outbox;
import dev.procura.platform.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Facts about an account (user.deactivated, user.password_reset, user.email_verified, …) on the
 * control outbox, in the caller's control transaction, keyed by the user: they reach Kafka and
 * the platform audit trail. The actor is the signed-in caller, else the user themself.
 */
@ApplicationScoped
public class UserEvents {

    @Inject
    Outbox outbox;

    @Inject
    CurrentCaller caller;

    public void publish(String eventType, User user, Map<String, Object> facts) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("user_id", user.id());
        data.put("email", user.email());
        data.putAll(facts);
        outbox.publish(eventType, user.id().toString(), null, actorOr(user.id()), data);
    }

    private UUID actorOr(UUID userId) {
        try {
            return caller.isPresent() ? caller.get().userId() : userId;
        } catch (ContextNotActiveException outsideARequest) {
            return userId;
        }
    }
}
