package dev.procura.accounts;

import dev.procura.platform.failures.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The hierarchy rules of the chart of accounts: only a group holds accounts, a child has its
 * parent's type, no account is its own ancestor, a new parent is active, and an account with
 * children stays a group of the same type.
 */
final class GlAccountRules {

    static final String POSTABLE = "postable";
    static final String GROUP = "group";

    private GlAccountRules() {}

    /** The parent an account names, with the ids of its ancestors from itself up to the root. */
    record Parent(UUID id, String code, String type, boolean group, boolean active, List<UUID> chain) {}

    /** The account as stored (null on create): its id, type, kind and parent, and whether it has children. */
    record Stored(UUID id, String type, String kind, UUID parentId, boolean hasChildren) {}

    static List<FieldError> check(GlAccountRequests.Define request, Stored stored, Parent parent) {
        List<FieldError> errors = new ArrayList<>();
        String parentField = request.parentCode() != null ? "parent_code" : "parent_id";
        if (parent != null) {
            boolean kept = stored != null && parent.id().equals(stored.parentId());
            if (!parent.group()) {
                errors.add(new FieldError(
                        parentField, "account " + parent.code() + " is postable; only a group holds" + " accounts"));
            }
            if (!parent.type().equals(request.type())) {
                errors.add(new FieldError("type", "must be the parent's type " + parent.type()));
            }
            if (!parent.active() && !kept) {
                errors.add(new FieldError(parentField, "account " + parent.code() + " is inactive"));
            }
            if (stored != null && parent.chain().contains(stored.id())) {
                errors.add(new FieldError(parentField, "is the account itself or one below it (a cycle)"));
            }
        }
        if (stored != null && stored.hasChildren()) {
            if (!GROUP.equals(request.kind())) {
                errors.add(new FieldError("kind", "the account holds accounts and stays a group"));
            }
            if (!stored.type().equals(request.type())) {
                errors.add(new FieldError("type", "the account holds accounts of type " + stored.type()));
            }
        }
        return errors;
    }
}
