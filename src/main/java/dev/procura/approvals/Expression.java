package dev.procura.approvals;

import java.util.List;

/** The parsed, immutable form of a condition; {@code position} points at the node's operator or value. */
sealed interface Expression {

    int position();

    /** What the node yields, as far as is known before a document is seen. */
    Kind kind();

    record Literal(Object value, int position) implements Expression {
        @Override
        public Kind kind() {
            return Kind.of(value);
        }
    }

    record Field(String name, int position) implements Expression {
        @Override
        public Kind kind() {
            return Kind.UNKNOWN;
        }
    }

    record Negative(Expression operand, int position) implements Expression {
        @Override
        public Kind kind() {
            return Kind.NUMBER;
        }
    }

    record Arithmetic(ArithmeticOperator operator, Expression left, Expression right, int position)
            implements Expression {
        @Override
        public Kind kind() {
            return Kind.NUMBER;
        }
    }

    record Comparison(ComparisonOperator operator, Expression left, Expression right, int position)
            implements Expression {
        @Override
        public Kind kind() {
            return Kind.BOOLEAN;
        }
    }

    record Membership(Expression value, List<Literal> candidates, boolean isNegated, int position)
            implements Expression {
        public Membership {
            candidates = List.copyOf(candidates);
        }

        @Override
        public Kind kind() {
            return Kind.BOOLEAN;
        }
    }

    record Not(Expression operand, int position) implements Expression {
        @Override
        public Kind kind() {
            return Kind.BOOLEAN;
        }
    }

    record And(Expression left, Expression right, int position) implements Expression {
        @Override
        public Kind kind() {
            return Kind.BOOLEAN;
        }
    }

    record Or(Expression left, Expression right, int position) implements Expression {
        @Override
        public Kind kind() {
            return Kind.BOOLEAN;
        }
    }

    enum ArithmeticOperator {
        ADD("+"),
        SUBTRACT("-"),
        MULTIPLY("*"),
        DIVIDE("/");

        final String symbol;

        ArithmeticOperator(String symbol) {
            this.symbol = symbol;
        }

        static ArithmeticOperator of(String symbol) {
            for (ArithmeticOperator operator : values()) {
                if (operator.symbol.equals(symbol)) {
                    return operator;
                }
            }
            throw new IllegalArgumentException(symbol);
        }
    }

    enum ComparisonOperator {
        EQUAL("=="),
        NOT_EQUAL("!="),
        LESS("<"),
        LESS_OR_EQUAL("<="),
        GREATER(">"),
        GREATER_OR_EQUAL(">=");

        final String symbol;

        ComparisonOperator(String symbol) {
            this.symbol = symbol;
        }

        boolean isOrdering() {
            return this != EQUAL && this != NOT_EQUAL;
        }
    }
}
