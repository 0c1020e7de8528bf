package dev.procura.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionTest {

    /** The document of the issue, plus a field that is present but null. */
    private static final Map<String, Object> ORDER = order("14145.00", "EUR");

    private static Map<String, Object> order(String total, String currency) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("total", new BigDecimal(total));
        fields.put("currency", currency);
        fields.put("cost_center", "IT");
        fields.put("lines", 3);
        fields.put("order_date", "2026-11-21");
        fields.put("urgent", true);
        fields.put("note", null);
        return Collections.unmodifiableMap(fields);
    }

    private static boolean holds(String condition) {
        return Condition.parse(condition).test(ORDER);
    }

    private static String parseError(String condition) {
        return assertThrows(Condition.Invalid.class, () -> Condition.parse(condition), condition)
                .getMessage();
    }

    private static String evaluationError(String condition, Map<String, Object> fields) {
        Condition parsed = Condition.parse(condition);
        return assertThrows(Condition.Invalid.class, () -> parsed.test(fields), condition)
                .getMessage();
    }

    private static String evaluationError(String condition) {
        return evaluationError(condition, ORDER);
    }

    @Test
    void theIssuesExampleAppliesToLargeEuroOrdersOnly() {
        Condition condition = Condition.parse("total > 10000 and currency == \"EUR\"");
        assertTrue(condition.test(ORDER));
        assertFalse(condition.test(order("14145.00", "USD")));
        assertFalse(condition.test(order("10000.00", "EUR")));
        assertTrue(condition.test(order("10000.01", "EUR")));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 < 2                 | true
            2 < 2                 | false
            2 <= 2                | true
            3 <= 2                | false
            3 > 2                 | true
            2 > 2                 | false
            2 >= 2                | true
            1 >= 2                | false
            2 == 2                | true
            1 == 2                | false
            1 != 2                | true
            2 != 2                | false
            10 == 10.00           | true
            10 != 10.00           | false
            total == 14145        | true
            lines == 3.0          | true
            -1 < 0                | true
            """)
    void comparisonsCompareNumbersByValue(String condition, boolean expected) {
        assertEquals(expected, holds(condition));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 + 2 * 3 == 7              | true
            (1 + 2) * 3 == 9            | true
            10 - 4 - 3 == 3             | true
            100 / 10 / 5 == 2           | true
            2 * 3 - 4 / 2 == 4          | true
            -2 * -3 == 6                | true
            - 2 + 5 == 3                | true
            -(2 + 5) == -7              | true
            2 * -lines == -6            | true
            1 + 1 < 3                   | true
            true or false and false     | true
            (true or false) and false   | false
            false and false or true     | true
            not true or true            | true
            not (true or true)          | false
            not 1 > 2                   | true
            not not true                | true
            not 1 == 1 and false        | false
            """)
    void operatorsBindByPrecedence(String condition, boolean expected) {
        assertEquals(expected, holds(condition));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.1 + 0.2 == 0.3                 | true
            0.3 - 0.1 == 0.2                 | true
            1.10 * 3 == 3.3                  | true
            10 / 4 == 2.5                    | true
            total * 1.19 == 16832.55         | true
            total / lines == 4715            | true
            1 / 3 == 0.3333333333333333      | true
            1 / 3 * 3 == 1                   | false
            """)
    void arithmeticIsDecimalAndDivisionKeepsSixteenDigits(String condition, boolean expected) {
        assertEquals(expected, holds(condition));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            currency == "EUR"                  | true
            currency != "USD"                  | true
            currency == "eur"                  | false
            "a" < "b"                          | true
            order_date >= "2026-01-01"         | true
            order_date < "2026-11-21"          | false
            "say \\"hi\\"" == "say \\"hi\\""   | true
            "back\\\\slash" != "back/slash"    | true
            """)
    void textComparesExactlyAndOrdersByCharacter(String condition, boolean expected) {
        assertEquals(expected, holds(condition));
    }

    @Test
    void escapesInTextStandForTheQuoteAndTheBackslash() {
        Map<String, Object> fields = Map.of("supplier", "ACME \"Tools\" \\ Parts");
        assertTrue(
                Condition.parse("supplier == \"ACME \\\"Tools\\\" \\\\ Parts\"").test(fields));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            currency in ("EUR", "USD")         | true
            currency in ("USD")                | false
            currency not in ("USD", "GBP")     | true
            currency not in ("EUR")            | false
            not currency in ("USD")            | true
            lines in (1, 2, 3)                 | true
            lines in (-3, 3.00)                | true
            urgent in (true)                   | true
            missing in (null, "EUR")           | true
            missing in ("EUR")                 | false
            missing not in ("EUR")             | true
            cost_center in ("IT") and urgent   | true
            """)
    void inTestsMembershipOfAListOfLiterals(String condition, boolean expected) {
        assertEquals(expected, holds(condition));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            missing == null              | true
            note == null                 | true
            missing != null              | false
            total != null                | true
            null == null                 | true
            missing == 0                 | false
            missing != 0                 | true
            missing == note              | true
            missing > 10000              | false
            missing < 10000              | false
            missing >= 0                 | false
            note <= 10000                | false
            not (missing > 10000)        | true
            """)
    void aMissingOrNullFieldEqualsOnlyNullAndMakesOrderingFalse(String condition, boolean expected) {
        assertEquals(expected, holds(condition));
    }

    @Test
    void aLevelOnTheTotalDoesNotApplyToADocumentWithoutOne() {
        assertFalse(Condition.parse("total > 10000").test(Map.of("currency", "EUR")));
    }

    @Test
    void booleanFieldsAreConditionsOnTheirOwn() {
        assertTrue(holds("urgent"));
        assertTrue(holds("urgent == true"));
        assertFalse(holds("not urgent"));
        assertTrue(holds("urgent and total > 1"));
    }

    @Test
    void andAndOrStopAtTheFirstOperandThatDecides() {
        assertFalse(holds("false and 1 / 0 > 1"));
        assertTrue(holds("true or 1 / 0 > 1"));
        assertFalse(holds("currency == \"USD\" and missing"));
        assertTrue(holds("currency == \"EUR\" or total"));
    }

    @Test
    void fieldNumbersOfAnyJavaTypeReadAsTheirDecimalValue() {
        Map<String, Object> fields = Map.of(
                "int",
                3,
                "long",
                3_000_000_000L,
                "big",
                new BigInteger("12345678901234567890"),
                "double",
                0.1d,
                "float",
                0.1f);
        Condition condition = Condition.parse(
                "int == 3 and long == 3000000000 and big == 12345678901234567890 and double == 0.1 and float == 0.1");
        assertTrue(condition.test(fields));
    }

    @Test
    void comparingANumberWithTextIsInvalid() {
        assertEquals("position 7: cannot compare number with text", evaluationError("total == cost_center"));
        assertEquals("position 10: cannot compare text with number", evaluationError("currency > 5"));
        assertEquals("position 14: cannot compare text with number", evaluationError("currency in (1, 2)"));
    }

    @Test
    void typeErrorsThatTheConditionShowsAreFoundWhenItIsParsed() {
        assertEquals("position 3: cannot compare number with text", parseError("1 == \"1\""));
        assertEquals("position 1: '+' needs numbers but found text", parseError("\"EUR\" + 1 > 0"));
        assertEquals("position 2: '-' needs numbers but found text", parseError("-\"a\" == x"));
        assertEquals("position 7: '>' cannot order null", parseError("total > null"));
        assertEquals("position 6: '<' cannot order true or false", parseError("true < false"));
        assertEquals("position 10: cannot compare number with text", parseError("x in (1, \"a\")"));
        assertEquals("position 5: expected true or false but found a number", parseError("not 5"));
        assertEquals("position 1: expected true or false but found a number", parseError("5 and true"));
        assertEquals("position 7: expected true or false but found a number", parseError("total + 1"));
        assertEquals("position 1: expected true or false but found null", parseError("null"));
    }

    @Test
    void typeErrorsInTheDocumentsValuesAreFoundWhenItIsTested() {
        assertEquals("position 1: '+' needs numbers but found text", evaluationError("currency + 1 > 0"));
        assertEquals("position 9: '-' needs numbers but found null", evaluationError("total - missing > 0"));
        assertEquals("position 2: '-' needs numbers but found null", evaluationError("-note < 0"));
        assertEquals("position 1: expected true or false but found a number", evaluationError("total and true"));
        assertEquals("position 5: expected true or false but found text", evaluationError("not currency"));
        assertEquals("position 1: expected true or false but found a number", evaluationError("total"));
        assertEquals("position 1: expected true or false but found null", evaluationError("missing or true"));
        assertEquals("position 8: '<' cannot order true or false", evaluationError("urgent < urgent"));
    }

    @Test
    void fieldsHoldingOtherJavaTypesAreInvalid() {
        assertEquals(
                "position 1: field order_date holds a LocalDate; a condition reads numbers, text, true/false and null",
                evaluationError("order_date > \"2026-01-01\"", Map.of("order_date", LocalDate.of(2026, 11, 21))));
        assertEquals(
                "position 1: field rate holds NaN, which is not a decimal number",
                evaluationError("rate > 0", Map.of("rate", Double.NaN)));
    }

    @Test
    void divisionByZeroIsInvalidWhenTested() {
        assertEquals("position 7: division by zero", evaluationError("total / 0 > 1"));
        assertEquals("position 7: division by zero", evaluationError("total / (lines - 3) > 1"));
        assertEquals("position 7: division by zero", evaluationError("total / 0.00 > 1"));
    }

    @Test
    void hugeFieldValuesStayCheapAndOverflowIsInvalid() {
        Map<String, Object> fields = Map.of("huge", new BigDecimal("1E+999999999"));
        assertTrue(Condition.parse("huge + 1 >= huge and huge - 1 > 0").test(fields));
        assertEquals(
                "position 13: the result of '*' is out of range", evaluationError("huge * huge * huge > 0", fields));
    }

    @Test
    void oneConditionServesManyDocuments() {
        Condition condition = Condition.parse("total >= 5000 and cost_center in (\"IT\", \"HR\")");
        assertTrue(condition.test(ORDER));
        assertFalse(condition.test(order("4999.99", "EUR")));
        assertFalse(condition.test(Map.of()));
    }

    @Test
    void fieldsListsEachFieldReadOnceInOrderOfAppearance() {
        Condition condition = Condition.parse(
                "total > 10000 and currency == \"EUR\" or total * 2 > 50000 and cost_center not in (\"IT\")");
        assertEquals(List.of("total", "currency", "cost_center"), List.copyOf(condition.fields()));
        assertEquals(
                Set.of(), Condition.parse("1 < 2 and \"total\" == \"total\"").fields());
        assertThrows(
                UnsupportedOperationException.class, () -> condition.fields().add("lines"));
    }

    @Test
    void sourceIsTheTextAsWritten() {
        String source = "  total > 10000\n  and currency == \"EUR\"  ";
        assertEquals(source, Condition.parse(source).source());
        assertEquals(source, Condition.parse(source).toString());
    }

    @Test
    void aConditionMayHaveAThousandCharactersButNotMore() {
        String longest = "true" + " ".repeat(996);
        assertTrue(Condition.parse(longest).test(ORDER));
        assertEquals("position 1001: a condition has at most 1000 characters", parseError(longest + " "));
    }

    @Test
    void aConditionMayHaveTwoHundredTokensButNotMore() {
        String clauses = String.join(" and ", Collections.nCopies(100, "true"));
        assertTrue(Condition.parse("not false and " + clauses.substring("true and ".length()))
                .test(ORDER));
        String tooMany = "not not " + clauses;
        assertEquals(
                "position " + (tooMany.lastIndexOf("true") + 1) + ": a condition has at most 200 tokens",
                parseError(tooMany));
    }

    @Test
    void conditionsNestThirtyTwoLevelsButNotMore() {
        assertTrue(holds("(".repeat(32) + "true" + ")".repeat(32)));
        assertTrue(holds("not ".repeat(32) + "true"));
        assertTrue(holds("-".repeat(32) + "1 == 1"));
        assertEquals(
                "position 33: conditions nest at most 32 levels deep",
                parseError("(".repeat(33) + "true" + ")".repeat(33)));
        assertEquals("position 129: conditions nest at most 32 levels deep", parseError("not ".repeat(33) + "true"));
        assertEquals(
                "position 33: conditions nest at most 32 levels deep", parseError("(" + "-".repeat(32) + "1 == 1)"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "System.exit(0)",
                "exit(0)",
                "total.getClass()",
                "total.class",
                "java.lang.Runtime.getRuntime().exec(\"ls\")",
                "T(java.lang.Runtime).getRuntime()",
                "new Object()",
                "a; b",
                "total > 1; true",
                "a = 1",
                "total = 10000",
                "`rm -rf /`",
                "${x}",
                "${jndi:ldap://example.com/a}",
                "#{x}",
                "#this",
                "@bean",
                "total[0] > 1",
                "x in [1, 2]",
                "x in (total)",
                "{}",
                "total -> 1",
                "a ? b : c",
                "a ?: b",
                "a && b",
                "a || b",
                "!a",
                "a & b",
                "a | b",
                "a ^ b",
                "lines % 2 == 0",
                "total > 1 // comment",
                "/* comment */ true",
                "'; DROP TABLE orders; --",
                "currency == 'EUR'",
                "<script>alert(1)</script>",
                "total > 10000 \u0000",
                "total\u00a0> 1",
                "total > 1e5",
                "total > 1_000",
                "total > .5",
                "total > 10.",
                "Total > 1",
                "total > 1 AND true",
                "TRUE",
                "Not true",
                "x instanceof Object",
                "\"abc",
                "\"a\\nb\" == x",
                "max(total, 1) > 1",
                "total > 1 and",
                "and",
                "in",
                "()",
                ")",
                "",
                "1 < 2 < 3",
                "1 == 1 == true",
                "a in (1) in (true)",
            })
    void anythingOutsideTheLanguageIsASyntaxErrorWithItsPosition(String source) {
        assertTrue(parseError(source).matches("position \\d+: .+"), source);
    }

    @Test
    void syntaxErrorsNameThePositionAndTheProblem() {
        assertEquals("position 6: unexpected '.'", parseError("total.getClass()"));
        assertEquals("position 3: unexpected '=' (compare with '==')", parseError("a = 1"));
        assertEquals("position 3: unexpected '&' (use 'and')", parseError("a && b"));
        assertEquals("position 1: unexpected '!' (use 'not' or '!=')", parseError("!a"));
        assertEquals(
                "position 13: unexpected single quote (text goes in double quotes)", parseError("currency == 'EUR'"));
        assertEquals(
                "position 1: unexpected 'S' (field names use lower-case letters, digits and '_')",
                parseError("System.exit(0)"));
        assertEquals("position 15: unexpected character U+0000", parseError("total > 10000 \u0000"));
        assertEquals("position 10: unexpected 'e' after the number 1", parseError("total > 1e5"));
        assertEquals("position 7: comparisons cannot be chained; join them with 'and'", parseError("1 < 2 < 3"));
        assertEquals("position 13: the text is not closed with '\"'", parseError("currency == \"EUR"));
        assertEquals("position 3: unknown escape \\n in text (only \\\" and \\\\)", parseError("\"a\\nb\" == x"));
        assertEquals(
                "position 11: expected ')' to close the '(' at position 1 but found the end of the condition",
                parseError("(total > 1"));
        assertEquals("position 9: expected a value but found the end of the condition", parseError("total > "));
        assertEquals("position 1: expected a value but found the end of the condition", parseError(""));
        assertEquals(
                "position 4: expected an operator or the end of the condition but found '(' (conditions have no functions)",
                parseError("max(total, 1) > 1"));
        assertEquals(
                "position 7: expected an operator or the end of the condition but found number 5",
                parseError("total 5"));
        assertEquals(
                "position 7: expected a number, text, true, false or null in the list but found field total",
                parseError("x in (total)"));
        assertEquals("position 6: expected '(' to open the list after 'in' but found number 5", parseError("x in 5"));
    }

    @Test
    void aMissingConditionIsInvalid() {
        assertEquals("a condition is required", parseError(null));
    }
}
