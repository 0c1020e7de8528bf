package dev.procura.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkflowRulesTest {

    private static final Set<String> FIELDS = Set.of("total", "currency");

    private static WorkflowState state(String name, boolean initial, boolean isFinal) {
        return new WorkflowState(name, initial, isFinal);
    }

    private static WorkflowTransition move(String name, String from, String to) {
        return new WorkflowTransition(name, from, to, null, null, null, null, null);
    }

    private static WorkflowRequests.Define define(List<WorkflowState> states, List<WorkflowTransition> transitions) {
        return new WorkflowRequests.Define("invoice", "Invoices", null, null, states, transitions);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).sorted().toList();
    }

    private static List<FieldError> check(List<WorkflowState> states, List<WorkflowTransition> transitions) {
        return WorkflowRules.stateWorkflow(define(states, transitions), FIELDS);
    }

    @Test
    void aSoundWorkflowHasNoProblems() {
        List<FieldError> errors = check(
                List.of(state("draft", true, false), state("review", false, false), state("done", false, true)),
                List.of(
                        move("submit", "draft", "review"),
                        new WorkflowTransition(
                                "approve",
                                "review",
                                "done",
                                "approvals:decide",
                                List.of("approver"),
                                "total > 1000 and currency == \"EUR\"",
                                List.of(new WorkflowLevel("Finance", null, "admin", "any", null, null, null, null)),
                                true)));
        assertEquals(List.of(), errors);
    }

    @Test
    void exactlyOneInitialStateAndAFinalOneAreRequired() {
        List<FieldError> none =
                check(List.of(state("a", false, false), state("b", false, false)), List.of(move("go", "a", "b")));
        assertEquals(List.of("states", "states"), fields(none));
        assertTrue(none.stream().anyMatch(e -> e.message().contains("exactly one state must be initial; 0 are")));
        assertTrue(none.stream().anyMatch(e -> e.message().contains("at least one state must be final")));

        List<FieldError> two =
                check(List.of(state("a", true, false), state("b", true, true)), List.of(move("go", "a", "b")));
        assertEquals(List.of("states", "states[1].final"), fields(two));
    }

    @Test
    void namesAreUniqueAndTransitionsJoinKnownStates() {
        List<FieldError> errors = check(
                List.of(state("a", true, false), state("a", false, false), state("z", false, true)),
                List.of(
                        move("go", "a", "z"),
                        move("go", "a", "nowhere"),
                        move("back", "z", "a"),
                        move("stay", "a", "a")));
        assertEquals(
                List.of(
                        "states[1].name",
                        "transitions[1].name",
                        "transitions[1].to",
                        "transitions[2].from",
                        "transitions[3].to"),
                fields(errors));
        assertTrue(errors.stream().anyMatch(e -> e.message().equals("z is final: no transition leaves a final state")));
    }

    @Test
    void conditionsParseAndReadTheEntitysFieldsAndPermissionsExist() {
        WorkflowTransition bad = new WorkflowTransition("go", "a", "z", "spaceships:fly", null, "total >", null, null);
        WorkflowTransition unknown =
                new WorkflowTransition("other", "a", "z", null, null, "colour == \"red\"", null, null);
        WorkflowTransition chain = new WorkflowTransition(
                "third",
                "a",
                "z",
                null,
                null,
                null,
                List.of(new WorkflowLevel("Nobody", null, null, "quorum", null, "weight > 2", "soon", null)),
                null);
        List<FieldError> errors =
                check(List.of(state("a", true, false), state("z", false, true)), List.of(bad, unknown, chain));
        assertEquals(
                List.of(
                        "transitions[0].condition",
                        "transitions[0].permission",
                        "transitions[1].condition",
                        "transitions[2].approval_levels[0].approver_ids",
                        "transitions[2].approval_levels[0].condition",
                        "transitions[2].approval_levels[0].escalate_to",
                        "transitions[2].approval_levels[0].quorum",
                        "transitions[2].approval_levels[0].sla"),
                fields(errors));
        assertTrue(
                errors.get(2).message().contains("reads [colour]"),
                errors.get(2).message());
    }

    @Test
    void everyStateIsReachableAndEveryNonFinalStateHasAWayOut() {
        List<FieldError> errors = check(
                List.of(
                        state("a", true, false),
                        state("stuck", false, false),
                        state("island", false, false),
                        state("z", false, true)),
                List.of(move("go", "a", "z"), move("wait", "a", "stuck"), move("swim", "island", "z")));
        assertEquals(List.of("states[1].name", "states[2].name"), fields(errors));
        assertTrue(errors.get(0).message().contains("not final and no transition leaves it"));
        assertTrue(errors.get(1).message().contains("unreachable"));
    }

    @Test
    void aStateWorkflowHasNoLevelsAndNeedsStatesAndTransitions() {
        WorkflowLevel level = new WorkflowLevel("L", null, "admin", "any", null, null, null, null);
        List<FieldError> errors = WorkflowRules.stateWorkflow(
                new WorkflowRequests.Define("invoice", "x", List.of(level), null, List.of(), null), FIELDS);
        assertEquals(List.of("levels", "states", "transitions"), fields(errors));
    }

    @Test
    void anApprovalWorkflowHasLevelsAndNoStates() {
        List<FieldError> errors = WorkflowRules.approvalWorkflow(
                new WorkflowRequests.Define(
                        "purchase_order", "x", null, null, List.of(state("a", true, false)), new ArrayList<>()),
                FIELDS);
        assertEquals(List.of("levels", "states"), fields(errors));
    }
}
