package dev.procura.projects;

import dev.procura.platform.failures.Failure;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** A project's life: planned → active ⇄ on_hold; planned, active or on hold → closed (final). */
public enum ProjectStatus {
    PLANNED,
    ACTIVE,
    ON_HOLD,
    CLOSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ProjectStatus of(String code) {
        return Arrays.stream(values())
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No project status " + code));
    }

    /** The statuses this one may move to. */
    Set<ProjectStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(ACTIVE, CLOSED);
            case ACTIVE -> Set.of(ON_HOLD, CLOSED);
            case ON_HOLD -> Set.of(ACTIVE, CLOSED);
            case CLOSED -> Set.of();
        };
    }

    boolean allows(ProjectStatus to) {
        return next().contains(to);
    }

    /** {@code to}, or a 409 invalid-transition naming {@code what} and the {@code action}. */
    ProjectStatus moveTo(ProjectStatus to, String what, String action) {
        if (!allows(to)) {
            throw new Failure.InvalidTransition(what, code(), action);
        }
        return to;
    }
}
