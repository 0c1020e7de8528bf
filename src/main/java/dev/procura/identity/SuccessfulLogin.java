package dev.procura.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What a verified login writes, in one control transaction: the address's failures on the account
 * forgotten and the account's failure state cleared (only if there is any), the new session with
 * its refresh token, and the security event.
 */
@ApplicationScoped
public class SuccessfulLogin {

    @Inject
    LoginThrottle throttle;

    @Inject
    SessionService sessions;

    @Inject
    SecurityEventLog events;

    /** The first session of a new account, opened by its registration. */
    @Transactional
    public SessionService.Opened registered(User user, String address, String userAgent) {
        SessionService.Opened opened = sessions.open(user.id(), address, userAgent);
        events.recordWithin(
                SecurityEvent.Type.LOGIN_SUCCEEDED,
                user.id(),
                user.email(),
                opened.session().id(),
                "registration");
        return opened;
    }

    @Transactional
    public SessionService.Opened record(
            User user, String email, String address, String userAgent, boolean addressFailedBefore) {
        throttle.recordSuccess(address, email, user, addressFailedBefore);
        SessionService.Opened opened = sessions.open(user.id(), address, userAgent);
        events.recordWithin(
                SecurityEvent.Type.LOGIN_SUCCEEDED,
                user.id(),
                email,
                opened.session().id(),
                null);
        return opened;
    }
}
