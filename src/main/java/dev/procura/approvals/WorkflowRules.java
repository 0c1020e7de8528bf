package dev.procura.approvals;

import dev.procura.platform.failures.FieldError;
import dev.procura.platform.tenancy.Permissions;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every problem of a workflow definition at once, as field errors: for approval levels (approvers,
 * quorum, conditions, SLA and escalation) and for state workflows (one initial state, at least
 * one final, unique names, transitions between known states, none leaving a final state, every
 * state reachable and every non-final state with a way out, conditions that parse and read the
 * entity's fields, known permissions, valid approval chains). Pure: no data, no CDI.
 */
final class WorkflowRules {

    private WorkflowRules() {}

    /** The problems of an approval workflow: levels only. */
    static List<FieldError> approvalWorkflow(WorkflowRequests.Define request, Set<String> fields) {
        List<FieldError> errors = new ArrayList<>();
        if (request.isStateWorkflow()) {
            errors.add(new FieldError(
                    "states", request.documentType() + " workflows have levels, not states and transitions"));
        }
        if (request.levels() == null || request.levels().isEmpty()) {
            errors.add(new FieldError("levels", "an approval workflow needs at least one level"));
        } else {
            errors.addAll(levels("levels", request.levels(), fields, request.documentType()));
        }
        return errors;
    }

    /** The problems of a state workflow: states, transitions and their approval chains. */
    static List<FieldError> stateWorkflow(WorkflowRequests.Define request, Set<String> fields) {
        List<FieldError> errors = new ArrayList<>();
        if (request.levels() != null && !request.levels().isEmpty()) {
            errors.add(new FieldError(
                    "levels", "a state workflow has no levels of its own; put approval_levels on transitions"));
        }
        List<WorkflowState> states = request.states() == null ? List.of() : request.states();
        List<WorkflowTransition> transitions = request.transitions() == null ? List.of() : request.transitions();
        if (states.size() < 2) {
            errors.add(new FieldError("states", "a state workflow needs at least two states"));
        }
        if (transitions.isEmpty()) {
            errors.add(new FieldError("transitions", "a state workflow needs at least one transition"));
        }
        Map<String, WorkflowState> byName = states(states, errors);
        transitions(transitions, byName, fields, request.documentType(), errors);
        if (errors.isEmpty()) {
            reachability(states, transitions, errors);
        }
        return errors;
    }

    private static Map<String, WorkflowState> states(List<WorkflowState> states, List<FieldError> errors) {
        Map<String, WorkflowState> byName = new HashMap<>();
        int initial = 0;
        boolean anyFinal = false;
        for (int i = 0; i < states.size(); i++) {
            WorkflowState state = states.get(i);
            if (byName.putIfAbsent(state.name(), state) != null) {
                errors.add(new FieldError("states[" + i + "].name", "repeats the state " + state.name()));
            }
            if (state.startsHere()) {
                initial++;
                if (state.endsHere()) {
                    errors.add(new FieldError("states[" + i + "].final", "the initial state cannot be final"));
                }
            }
            anyFinal |= state.endsHere();
        }
        if (!states.isEmpty() && initial != 1) {
            errors.add(new FieldError("states", "exactly one state must be initial; " + initial + " are"));
        }
        if (!states.isEmpty() && !anyFinal) {
            errors.add(new FieldError("states", "at least one state must be final"));
        }
        return byName;
    }

    private static void transitions(
            List<WorkflowTransition> transitions,
            Map<String, WorkflowState> states,
            Set<String> fields,
            String entityType,
            List<FieldError> errors) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < transitions.size(); i++) {
            WorkflowTransition t = transitions.get(i);
            String at = "transitions[" + i + "].";
            if (!names.add(t.name())) {
                errors.add(new FieldError(at + "name", "repeats the transition " + t.name()));
            }
            WorkflowState from = states.get(t.from());
            if (from == null) {
                errors.add(new FieldError(at + "from", "is not a state of this workflow: " + t.from()));
            } else if (from.endsHere()) {
                errors.add(new FieldError(at + "from", t.from() + " is final: no transition leaves a final state"));
            }
            if (!states.containsKey(t.to())) {
                errors.add(new FieldError(at + "to", "is not a state of this workflow: " + t.to()));
            } else if (t.to().equals(t.from())) {
                errors.add(new FieldError(at + "to", "must differ from from"));
            }
            if (t.permission() != null && !Permissions.isKnown(t.permission())) {
                errors.add(new FieldError(at + "permission", "is not a permission: " + t.permission()));
            }
            condition(at + "condition", t.condition(), fields, entityType).ifPresent(errors::add);
            if (t.approvalLevels() != null) {
                errors.addAll(levels(at + "approval_levels", t.approvalLevels(), fields, entityType));
            }
        }
    }

    /** Every state is reachable from the initial one, and every non-final state has a way out. */
    private static void reachability(
            List<WorkflowState> states, List<WorkflowTransition> transitions, List<FieldError> errors) {
        Map<String, List<String>> next = new HashMap<>();
        transitions.forEach(
                t -> next.computeIfAbsent(t.from(), f -> new ArrayList<>()).add(t.to()));
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        states.stream().filter(WorkflowState::startsHere).forEach(s -> queue.add(s.name()));
        while (!queue.isEmpty()) {
            String state = queue.poll();
            if (reached.add(state)) {
                queue.addAll(next.getOrDefault(state, List.of()));
            }
        }
        for (int i = 0; i < states.size(); i++) {
            WorkflowState state = states.get(i);
            if (!reached.contains(state.name())) {
                errors.add(new FieldError(
                        "states[" + i + "].name", state.name() + " is unreachable from the initial state"));
            } else if (!state.endsHere() && !next.containsKey(state.name())) {
                errors.add(new FieldError(
                        "states[" + i + "].name", state.name() + " is not final and no transition leaves it"));
            }
        }
    }

    /** The problems of approval levels, each field named under {@code prefix}. */
    static List<FieldError> levels(String prefix, List<WorkflowLevel> levels, Set<String> fields, String type) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            WorkflowLevel level = levels.get(i);
            String at = prefix + "[" + i + "].";
            boolean users = level.approverIds() != null && !level.approverIds().isEmpty();
            if (!users && (level.approverRole() == null || level.approverRole().isBlank())) {
                errors.add(
                        new FieldError(at + "approver_ids", "a level needs approver_ids, an approver_role, or both"));
            }
            if (level.isQuorum() && level.quorum() == null) {
                errors.add(new FieldError(at + "quorum", "is required with mode quorum"));
            }
            if (level.isQuorum()
                    && level.quorum() != null
                    && users
                    && level.approverRole() == null
                    && level.quorum() > level.approverIds().size()) {
                errors.add(new FieldError(
                        at + "quorum", "is more than the " + level.approverIds().size() + " approvers"));
            }
            condition(at + "condition", level.condition(), fields, type).ifPresent(errors::add);
            if (level.sla() != null && !level.sla().isBlank()) {
                try {
                    if (Duration.parse(level.sla()).compareTo(Duration.ofSeconds(1)) < 0) {
                        errors.add(new FieldError(at + "sla", "must be at least PT1S"));
                    }
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(at + "sla", "must be an ISO-8601 duration, e.g. PT48H"));
                }
                if (level.escalateTo() == null
                        || (level.escalateTo().userId() == null
                                && level.escalateTo().role() == null)) {
                    errors.add(new FieldError(at + "escalate_to", "is required with an sla"));
                }
            }
        }
        return errors;
    }

    /** A condition that does not parse, or reads fields the type does not have. */
    static java.util.Optional<FieldError> condition(String field, String condition, Set<String> fields, String type) {
        if (condition == null || condition.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            Set<String> unknown = new TreeSet<>(Condition.parse(condition).fields());
            unknown.removeAll(fields);
            if (!unknown.isEmpty()) {
                return java.util.Optional.of(
                        new FieldError(field, "reads " + unknown + "; " + type + " has " + new TreeSet<>(fields)));
            }
            return java.util.Optional.empty();
        } catch (Condition.Invalid e) {
            return java.util.Optional.of(new FieldError(field, e.getMessage()));
        }
    }
}
