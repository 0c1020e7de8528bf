package dev.procura.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** What other capabilities may know about users: how to address them. */
@ApplicationScoped
public class UserFacts {

    /** A user's email and full name ("first last"). */
    public record Contact(UUID userId, String email, String name) {}

    @Inject
    UserRepository users;

    /** Those of these users that exist, ordered by email as the database collates it. */
    public List<Contact> contacts(Collection<UUID> userIds) {
        return userIds.isEmpty() ? List.of() : users.contacts(userIds);
    }
}
