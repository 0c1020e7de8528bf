package dev.procura.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Housekeeping of mailed tokens: expired ones are of no use to anyone. */
@ApplicationScoped
public class UserTokens {

    @Inject
    UserTokenRepository tokens;

    @Transactional
    public int pruneExpiredBefore(Instant before) {
        return tokens.pruneExpiredBefore(before);
    }
}
