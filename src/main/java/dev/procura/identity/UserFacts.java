package dev.procura.identity;

import dev.procura.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What other capabilities may know about users: how to address them, how they want mail, whether they are verified. */
@ApplicationScoped
public class UserFacts {

    /** A user's email and full name ("first last"). */
    public record Contact(UUID userId, String email, String name) {}

    /**
     * Where a user's notification emails go ({@code address}: the notification address, else the
     * login email), {@code digest} ({@code immediate}, {@code daily}, {@code weekly}) and {@code language}.
     */
    public record MailPreferences(UUID userId, String address, String digest, String language) {
        public boolean wantsImmediateMail() {
            return "immediate".equals(digest);
        }
    }

    @Inject
    UserRepository users;

    @Inject
    EmailSettingsRepository emailSettings;

    /** Those of these users that exist, ordered by email as the database collates it. */
    public List<Contact> contacts(Collection<UUID> userIds) {
        return userIds.isEmpty() ? List.of() : users.contacts(userIds);
    }

    /**
     * The member a batch job works for (a conversion's or report's requester), as a caller without
     * roles: files it stores are theirs.
     */
    public Caller jobCaller(UUID userId) {
        String email = contacts(List.of(userId)).stream()
                .findFirst()
                .map(Contact::email)
                .orElse("");
        return new Caller(userId, email, Set.of(), null);
    }

    /** The mail preferences of those of these users that exist. */
    public Map<UUID, MailPreferences> mailPreferences(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return emailSettings.preferences(userIds).stream()
                .collect(Collectors.toMap(MailPreferences::userId, Function.identity()));
    }

    /** Whether the user confirmed their email address (false for an unknown user). */
    public boolean isEmailVerified(UUID userId) {
        return users.find(userId).map(User::isEmailVerified).orElse(false);
    }
}
