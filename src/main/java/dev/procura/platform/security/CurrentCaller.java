package dev.procura.platform.security;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import jakarta.enterprise.context.RequestScoped;

/** The authenticated caller of the current request, set by {@link AuthenticationFilter}. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    /** Whether this request carries an authenticated caller. */
    public boolean isPresent() {
        return caller != null;
    }

    public Caller get() {
        if (caller == null) {
            throw new Failure.Unauthorized(ProblemType.UNAUTHENTICATED, "An access token is required");
        }
        return caller;
    }
}
