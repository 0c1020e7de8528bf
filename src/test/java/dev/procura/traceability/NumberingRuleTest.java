package dev.procura.traceability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.FieldError;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberingRuleTest {

    private static NumberingRule rule(String prefix, String pattern, int width, boolean gs1) {
        NumberingRule rule = new NumberingRule("BOLT", "lot", Instant.EPOCH);
        rule.define(new TraceabilityRequests.Scheme(prefix, pattern, width, gs1), Instant.EPOCH);
        return rule;
    }

    private static List<String> fields(TraceabilityRequests.Scheme scheme) {
        return NumberingRule.problemsOf(scheme, "lot.").stream()
                .map(FieldError::field)
                .toList();
    }

    @Test
    void aNumberIsPrefixTodayInThePatternAndTheZeroPaddedSequence() {
        NumberingRule rule = rule("L-", "yyMMdd", 4, false);
        LocalDate day = LocalDate.of(2026, 12, 7);
        assertEquals("L-2612070001", rule.take(day));
        assertEquals("L-2612070002", rule.take(day));
        assertEquals(3, rule.nextSequence());
    }

    @Test
    void theSequenceRestartsWhenTheDatePartChanges() {
        NumberingRule rule = rule("", "yyyy-DDD/", 3, true);
        assertEquals("2026-341/001", rule.take(LocalDate.of(2026, 12, 7)));
        assertEquals("2026-341/002", rule.take(LocalDate.of(2026, 12, 7)));
        assertEquals("2026-342/001", rule.take(LocalDate.of(2026, 12, 8)));
    }

    @Test
    void withoutADatePatternTheSequenceRunsOn() {
        NumberingRule rule = rule("SN", null, 2, false);
        assertEquals("SN01", rule.take(LocalDate.of(2026, 1, 1)));
        assertEquals("SN02", rule.take(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void aSequenceOutgrowingItsWidthMakesALongerNumberThatAGs1RuleCannotHold() {
        NumberingRule rule = rule("ABCDEFGHIJKLMNOPQ", null, 3, true);
        for (int i = 1; i < 1000; i++) {
            assertFalse(rule.isTooLong(rule.take(LocalDate.EPOCH)));
        }
        String longer = rule.take(LocalDate.EPOCH);
        assertEquals("ABCDEFGHIJKLMNOPQ1000", longer);
        assertTrue(rule.isTooLong(longer));
    }

    @Test
    void aGs1RuleIsTwentyCharactersOfSet82AtMost() {
        assertEquals(List.of(), fields(new TraceabilityRequests.Scheme("L/", "yyMMdd", 12, true)));
        assertEquals(
                List.of("lot.sequence_width"), fields(new TraceabilityRequests.Scheme("LOT-", "yyMMdd", 11, true)));
        assertEquals(List.of("lot.prefix"), fields(new TraceabilityRequests.Scheme("L#", null, 4, true)));
        assertEquals(List.of(), fields(new TraceabilityRequests.Scheme("L#", null, 4, false)));
    }

    @Test
    void datePatternsUseYearMonthDayAndDayOfYearOnly() {
        assertEquals(List.of(), fields(new TraceabilityRequests.Scheme(null, "yyyy.MM.dd", 4, false)));
        assertEquals(List.of("lot.date_pattern"), fields(new TraceabilityRequests.Scheme(null, "HHmm", 4, false)));
        assertEquals(List.of("lot.date_pattern"), fields(new TraceabilityRequests.Scheme(null, "yy'x'", 4, false)));
    }

    @Test
    void aPrefixWithSpacesIsRefusedAndAllProblemsAreReportedAtOnce() {
        assertEquals(
                List.of("lot.date_pattern", "lot.prefix", "lot.prefix", "lot.sequence_width"),
                fields(new TraceabilityRequests.Scheme("A B CDEFGHIJKLMNOP", "ss", 12, true)));
    }

    @Test
    void aGs1RuleRefusesHandGivenNumbersOutsideGs1AndAPlainRuleDoesNot() {
        assertNotNull(rule("L", null, 4, true).problemWith("LOT#1"));
        assertNull(rule("L", null, 4, true).problemWith("LOT-1"));
        assertNull(rule("L", null, 4, false).problemWith("LOT#1"));
    }
}
