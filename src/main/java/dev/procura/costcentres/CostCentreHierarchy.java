package dev.procura.costcentres;

import dev.procura.costcentres.CostCentreViews.TreeView;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** The rules of the hierarchy: no cycles, and the tree below a cost centre. */
final class CostCentreHierarchy {

    private CostCentreHierarchy() {}

    /**
     * Whether hanging {@code self} under {@code newParent} would make a cycle: {@code self} is the
     * parent itself or one of its ancestors. {@code parentOf} gives a cost centre's parent (null at a root).
     */
    static boolean wouldCycle(UUID self, UUID newParent, Function<UUID, UUID> parentOf) {
        Set<UUID> seen = new HashSet<>();
        for (UUID at = newParent; at != null; at = parentOf.apply(at)) {
            if (at.equals(self) || !seen.add(at)) {
                return true;
            }
        }
        return false;
    }

    /** The tree under {@code root}: {@code children} holds each cost centre's children, in the order shown. */
    static TreeView tree(CostCentre root, Map<UUID, List<CostCentre>> children) {
        return tree(root, children, new HashSet<>());
    }

    private static TreeView tree(CostCentre node, Map<UUID, List<CostCentre>> children, Set<UUID> shown) {
        shown.add(node.id());
        List<TreeView> below = children.getOrDefault(node.id(), List.of()).stream()
                .filter(child -> !shown.contains(child.id()))
                .map(child -> tree(child, children, shown))
                .toList();
        return new TreeView(node.id(), node.code(), node.name(), node.isActive(), below);
    }
}
