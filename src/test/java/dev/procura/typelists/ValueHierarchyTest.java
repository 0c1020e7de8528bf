package dev.procura.typelists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.procura.platform.failures.Failure;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueHierarchyTest {

    private final UUID root = UUID.randomUUID();
    private final UUID child = UUID.randomUUID();
    private final UUID grandchild = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private final Map<UUID, UUID> parentOf = new HashMap<>();

    ValueHierarchyTest() {
        parentOf.put(root, null);
        parentOf.put(child, root);
        parentOf.put(grandchild, child);
        parentOf.put(other, null);
    }

    @Test
    void noParentIsATopLevelValue() {
        ValueHierarchy.checkParent(child, null, parentOf);
        ValueHierarchy.checkParent(null, null, Map.of());
    }

    @Test
    void aNewValueMaySitUnderAnyValueOfItsList() {
        ValueHierarchy.checkParent(null, grandchild, parentOf);
        ValueHierarchy.checkParent(null, root, parentOf);
    }

    @Test
    void aValueMayMoveUnderAnotherBranch() {
        ValueHierarchy.checkParent(child, other, parentOf);
        ValueHierarchy.checkParent(grandchild, root, parentOf);
    }

    @Test
    void aParentOutsideTheListIsRefusedOnParentId() {
        assertRefused(
                "is not a value of this type list",
                () -> ValueHierarchy.checkParent(null, UUID.randomUUID(), parentOf));
    }

    @Test
    void aValueCannotBeItsOwnParent() {
        assertRefused("cannot be the value itself", () -> ValueHierarchy.checkParent(child, child, parentOf));
    }

    @Test
    void aValueCannotMoveBelowItsOwnDescendants() {
        assertRefused(
                "is below this value in the hierarchy; that would make a cycle",
                () -> ValueHierarchy.checkParent(root, grandchild, parentOf));
        assertRefused(
                "is below this value in the hierarchy; that would make a cycle",
                () -> ValueHierarchy.checkParent(child, grandchild, parentOf));
    }

    @Test
    void aLoopAlreadyInTheDataDoesNotHangTheCheck() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Map<UUID, UUID> looped = new HashMap<>(Map.of(a, b, b, a));
        looped.put(other, null);
        ValueHierarchy.checkParent(other, a, looped);
    }

    private static void assertRefused(String message, Runnable check) {
        Failure.InvalidInput refused = assertThrows(Failure.InvalidInput.class, check::run);
        assertEquals(1, refused.errors().size());
        assertEquals("parent_id", refused.errors().get(0).field());
        assertEquals(message, refused.errors().get(0).message());
    }
}
