package dev.procura.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.invoices.Invoice;
import dev.procura.orders.PurchaseOrder;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.web.FailureMapper;
import dev.procura.rfqs.Quote;
import dev.procura.rfqs.Rfq;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StatusMachineTest {

    enum Light {
        RED,
        GREEN,
        AMBER
    }

    private final StatusMachine<Light> machine = StatusMachine.of(Light.class, "Light")
            .from(Light.RED, Light.GREEN)
            .from(Light.GREEN, Light.AMBER)
            .from(Light.AMBER, Light.RED)
            .build();

    @Test
    void legalMovesPassAndReturnTheTarget() {
        assertTrue(machine.allows(Light.RED, Light.GREEN));
        assertEquals(Light.AMBER, machine.move("L1", Light.GREEN, Light.AMBER, "slowed"));
    }

    @Test
    void anIllegalMoveIsAConflictNamingTheCurrentStatus() {
        assertFalse(machine.allows(Light.RED, Light.AMBER));
        var problem = FailureMapper.problemOf(assertThrows(
                Failure.InvalidTransition.class, () -> machine.move("L1", Light.RED, Light.AMBER, "slowed")));
        assertEquals(409, problem.status());
        assertEquals("Light L1 is red; it cannot be slowed", problem.detail());
        assertEquals("red", problem.extensions().get("current_status"));
    }

    @Test
    void requireChecksActionsThatKeepTheStatus() {
        machine.require("L1", Light.RED, "painted", Light.RED, Light.AMBER);
        assertThrows(Failure.InvalidTransition.class, () -> machine.require("L1", Light.GREEN, "painted", Light.RED));
    }

    @Test
    void statusesAreWrittenAndReadAsTheirLowerCaseNames() {
        assertEquals("pending_approval", PurchaseOrder.MACHINE.column(PurchaseOrder.Status.PENDING_APPROVAL));
        assertEquals(PurchaseOrder.Status.PARTIALLY_RECEIVED, PurchaseOrder.MACHINE.status("partially_received"));
        assertEquals(null, PurchaseOrder.MACHINE.column(null));
        assertEquals(null, PurchaseOrder.MACHINE.status(null));
    }

    /** One (from, to) pair of a document's statuses, and whether its table allows it. */
    record Move(String document, StatusMachine<?> machine, Enum<?> from, Enum<?> to, boolean allowed) {
        @Override
        public String toString() {
            return document + ": " + StatusMachine.name(from) + " -> " + StatusMachine.name(to)
                    + (allowed ? " is allowed" : " is refused");
        }
    }

    /** Every pair of every document's statuses, against that document's table as written here. */
    static Stream<Move> everyMoveOfEveryDocument() {
        return Stream.of(
                        moves("RFQ", Rfq.MACHINE, Rfq.Status.class, """
                        draft -> sent, cancelled
                        sent -> awarded, closed, cancelled
                        awarded -> closed"""),
                        moves("Quote", Quote.MACHINE, Quote.Status.class, """
                        received -> accepted, rejected"""),
                        moves("Purchase order", PurchaseOrder.MACHINE, PurchaseOrder.Status.class, """
                        draft -> pending_approval, cancelled
                        pending_approval -> approved, draft
                        approved -> sent, cancelled
                        sent -> partially_received, received, closed
                        partially_received -> partially_received, received, closed
                        received -> partially_received, closed"""),
                        moves("Invoice", Invoice.MACHINE, Invoice.Status.class, """
                        draft -> matched, mismatch, cancelled
                        mismatch -> matched, mismatch, cancelled
                        matched -> paid, cancelled"""))
                .flatMap(moves -> moves);
    }

    private static <S extends Enum<S>> Stream<Move> moves(
            String document, StatusMachine<S> machine, Class<S> type, String table) {
        Set<String> allowed = new HashSet<>();
        for (String row : table.strip().split("\n", -1)) {
            String[] fromTo = row.split("->", -1);
            S from = machine.status(fromTo[0].strip());
            for (String to : fromTo[1].split(",", -1)) {
                allowed.add(from + ">" + machine.status(to.strip()));
            }
        }
        S[] statuses = type.getEnumConstants();
        return Stream.of(statuses)
                .flatMap(from -> Stream.of(statuses)
                        .map(to -> new Move(document, machine, from, to, allowed.contains(from + ">" + to))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyMoveOfEveryDocument")
    void everyMoveIsAllowedOrRefusedExactlyAsTheTableSays(Move move) {
        assertEquals(move.allowed(), allows(move));
        if (move.allowed()) {
            assertEquals(move.to(), attempt(move));
        } else {
            var problem = FailureMapper.problemOf(assertThrows(Failure.InvalidTransition.class, () -> attempt(move)));
            assertEquals(409, problem.status());
            assertEquals(StatusMachine.name(move.from()), problem.extensions().get("current_status"));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean allows(Move move) {
        return ((StatusMachine) move.machine()).allows(move.from(), move.to());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object attempt(Move move) {
        return ((StatusMachine) move.machine()).move("X-000001", move.from(), move.to(), "moved");
    }
}
