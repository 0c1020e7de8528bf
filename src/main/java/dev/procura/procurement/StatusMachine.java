package dev.procura.procurement;

import dev.procura.platform.failures.Failure;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The legal status changes of one kind of document; anything else is a 409 naming where it is. */
public final class StatusMachine<S extends Enum<S>> {

    private final Class<S> type;
    private final String documentKind;
    private final Map<S, Set<S>> allowed;

    private StatusMachine(Class<S> type, String documentKind, Map<S, Set<S>> allowed) {
        this.type = type;
        this.documentKind = documentKind;
        this.allowed = allowed;
    }

    public static <S extends Enum<S>> Builder<S> of(Class<S> type, String documentKind) {
        return new Builder<>(type, documentKind);
    }

    public boolean allows(S from, S to) {
        return allowed.getOrDefault(from, Set.of()).contains(to);
    }

    /** Checks the change; {@code action} says what was attempted, in words ("submitted"). */
    public S move(String reference, S from, S to, String action) {
        if (!allows(from, to)) {
            throw new Failure.InvalidTransition(documentKind + " " + reference, name(from), action);
        }
        return to;
    }

    /** Checks that an action which keeps the status (e.g. editing) is allowed in the current one. */
    @SafeVarargs
    public final void require(String reference, S current, String action, S... allowedIn) {
        if (!Set.of(allowedIn).contains(current)) {
            throw new Failure.InvalidTransition(documentKind + " " + reference, name(current), action);
        }
    }

    public static String name(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** The status as its table and its API write it ({@code pending_approval}); null stays null. */
    public String column(S status) {
        return status == null ? null : name(status);
    }

    /** The status a table or a client names in lower case; null stays null. */
    public S status(String name) {
        return name == null ? null : Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    }

    public static final class Builder<S extends Enum<S>> {
        private final Class<S> type;
        private final String documentKind;
        private final Map<S, Set<S>> allowed;

        private Builder(Class<S> type, String documentKind) {
            this.type = type;
            this.documentKind = documentKind;
            this.allowed = new EnumMap<>(type);
        }

        @SafeVarargs
        public final Builder<S> from(S from, S... to) {
            allowed.computeIfAbsent(from, k -> EnumSet.noneOf(type)).addAll(Set.of(to));
            return this;
        }

        public StatusMachine<S> build() {
            return new StatusMachine<>(type, documentKind, Map.copyOf(allowed));
        }
    }
}
