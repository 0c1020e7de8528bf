package dev.procura.typelists;

import dev.procura.platform.failures.Failure;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Where a value may sit in its list's tree: under a value of the same list, never under itself or below itself. */
final class ValueHierarchy {

    static final String FIELD = "parent_id";

    private ValueHierarchy() {}

    /**
     * Refuses, on {@code parent_id}, a parent that is not a value of the list or whose chain of
     * parents leads back to the value. {@code value} is null for a value not yet created;
     * {@code parentOf} holds every value of the list with its parent (null at the top).
     */
    static void checkParent(UUID value, UUID parent, Map<UUID, UUID> parentOf) {
        if (parent == null) {
            return;
        }
        if (!parentOf.containsKey(parent)) {
            throw new Failure.InvalidInput(FIELD, "is not a value of this type list");
        }
        if (parent.equals(value)) {
            throw new Failure.InvalidInput(FIELD, "cannot be the value itself");
        }
        Set<UUID> seen = new HashSet<>();
        for (UUID above = parentOf.get(parent); above != null && seen.add(above); above = parentOf.get(above)) {
            if (above.equals(value)) {
                throw new Failure.InvalidInput(FIELD, "is below this value in the hierarchy; that would make a cycle");
            }
        }
    }
}
