package dev.procura.approvals;

import dev.procura.approvals.Condition.Invalid;

/**
 * Which kinds of value go together. The parser applies the rules to what a condition already shows
 * (so {@code "EUR" + 1} fails when it is defined), the interpreter again to a document's values.
 */
final class TypeRules {

    private TypeRules() {}

    static void requireBoolean(Kind kind, int position) {
        if (!kind.mayBe(Kind.BOOLEAN)) {
            throw Invalid.at(position, "expected true or false but found " + kind.phrase);
        }
    }

    static void requireNumber(Kind kind, String symbol, int position) {
        if (!kind.mayBe(Kind.NUMBER)) {
            throw Invalid.at(position, "'" + symbol + "' needs numbers but found " + kind.phrase);
        }
    }

    static void requireComparable(Kind left, Kind right, int position) {
        if (!left.isComparableWith(right)) {
            throw Invalid.at(position, "cannot compare " + left.noun + " with " + right.noun);
        }
    }

    static void requireOrderable(Kind kind, String symbol, int position) {
        if (kind == Kind.BOOLEAN || kind == Kind.NULL) {
            throw Invalid.at(position, "'" + symbol + "' cannot order " + kind.phrase);
        }
    }
}
