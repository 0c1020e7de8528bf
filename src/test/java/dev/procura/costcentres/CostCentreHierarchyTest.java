package dev.procura.costcentres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.costcentres.CostCentreViews.TreeView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CostCentreHierarchyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static CostCentre centre(String code, UUID parent, boolean active, LocalDate from, LocalDate to) {
        CostCentre centre = new CostCentre(NOW);
        centre.describe(new CostCentreRequests.Define(code, code + " name", null, null, active, from, to), parent, NOW);
        return centre;
    }

    private static CostCentre centre(String code, UUID parent) {
        return centre(code, parent, true, null, null);
    }

    @Test
    void hangingACostCentreUnderItselfOrItsDescendantIsACycle() {
        UUID root = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        UUID grandchild = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Map<UUID, UUID> parents = new HashMap<>(Map.of(child, root, grandchild, child));
        assertTrue(CostCentreHierarchy.wouldCycle(root, root, parents::get));
        assertTrue(CostCentreHierarchy.wouldCycle(root, grandchild, parents::get));
        assertTrue(CostCentreHierarchy.wouldCycle(child, grandchild, parents::get));
        assertFalse(CostCentreHierarchy.wouldCycle(grandchild, root, parents::get));
        assertFalse(CostCentreHierarchy.wouldCycle(child, other, parents::get));
    }

    @Test
    void aCycleAlreadyStoredEndsTheWalk() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Map<UUID, UUID> parents = Map.of(a, b, b, a);
        assertTrue(CostCentreHierarchy.wouldCycle(UUID.randomUUID(), a, parents::get));
    }

    @Test
    void theTreeNestsChildrenInTheGivenOrder() {
        CostCentre it = centre("IT", null);
        CostCentre ops = centre("IT-OPS", it.id());
        CostCentre dev = centre("IT-DEV", it.id());
        CostCentre net = centre("IT-OPS-NET", ops.id());
        TreeView tree = CostCentreHierarchy.tree(
                it, Map.of(it.id(), List.of(dev, ops), ops.id(), List.of(net), net.id(), List.of(it)));
        assertEquals("IT", tree.code());
        assertEquals(
                List.of("IT-DEV", "IT-OPS"),
                tree.children().stream().map(TreeView::code).toList());
        assertEquals(List.of(), tree.children().get(0).children());
        TreeView opsNode = tree.children().get(1);
        assertEquals("IT-OPS-NET", opsNode.children().get(0).code());
        assertEquals(List.of(), opsNode.children().get(0).children(), "a stored cycle is not followed");
        assertEquals("IT-OPS name", opsNode.name());
        assertTrue(opsNode.active());
    }

    @Test
    void aCostCentreIsUsableWhileActiveAndWithinItsValidity() {
        LocalDate day = LocalDate.of(2026, 6, 15);
        assertTrue(centre("A", null).isUsableOn(day));
        assertFalse(centre("B", null, false, null, null).isUsableOn(day));
        assertTrue(centre("C", null, true, day, day).isUsableOn(day));
        assertFalse(centre("D", null, true, day.plusDays(1), null).isUsableOn(day));
        assertFalse(centre("E", null, true, null, day.minusDays(1)).isUsableOn(day));
    }

    @Test
    void anImportRowEqualToTheStoredCostCentreChangesNothing() {
        UUID parent = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        CostCentreRequests.Define request = new CostCentreRequests.Define(
                "IT", "Information technology", "HQ", owner, null, LocalDate.of(2026, 1, 1), null);
        CostCentre centre = new CostCentre(NOW);
        centre.describe(request, parent, NOW);
        assertTrue(centre.sameAs(request, parent));
        assertTrue(centre.isActive(), "active when left out");
        assertEquals(owner, centre.ownerId());
        assertFalse(centre.sameAs(request, UUID.randomUUID()));
        assertFalse(centre.sameAs(
                new CostCentreRequests.Define("IT", "Other", "HQ", owner, true, LocalDate.of(2026, 1, 1), null),
                parent));
        assertFalse(centre.sameAs(
                new CostCentreRequests.Define(
                        "IT", "Information technology", "HQ", owner, false, LocalDate.of(2026, 1, 1), null),
                parent));
    }

    @Test
    void validityMayNotEndBeforeItStarts() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        assertTrue(new CostCentreRequests.Define("A", "A", null, null, null, day, day).isValidityOrdered());
        assertTrue(new CostCentreRequests.Define("A", "A", null, null, null, null, day).isValidityOrdered());
        assertFalse(
                new CostCentreRequests.Define("A", "A", null, null, null, day, day.minusDays(1)).isValidityOrdered());
    }
}
