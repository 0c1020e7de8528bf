package dev.procura.approvals;

import dev.procura.approvals.Condition.Invalid;
import dev.procura.approvals.Expression.And;
import dev.procura.approvals.Expression.Arithmetic;
import dev.procura.approvals.Expression.Comparison;
import dev.procura.approvals.Expression.ComparisonOperator;
import dev.procura.approvals.Expression.Field;
import dev.procura.approvals.Expression.Literal;
import dev.procura.approvals.Expression.Membership;
import dev.procura.approvals.Expression.Negative;
import dev.procura.approvals.Expression.Not;
import dev.procura.approvals.Expression.Or;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Objects;

/** Evaluates a parsed condition against one document's fields. */
final class Interpreter {

    // Bounded precision, so a field such as 1E+999999999 cannot make "total + 1" allocate a billion digits;
    // 34 significant digits keep every realistic amount exact.
    private static final MathContext ARITHMETIC = MathContext.DECIMAL128;
    private static final MathContext DIVISION = MathContext.DECIMAL64;

    private final Map<String, Object> fields;

    private Interpreter(Map<String, Object> fields) {
        this.fields = fields;
    }

    static boolean test(Expression condition, Map<String, Object> fields) {
        return new Interpreter(fields).isTrue(condition);
    }

    static Object evaluate(Expression expression, Map<String, Object> fields) {
        return new Interpreter(fields).value(expression);
    }

    private boolean isTrue(Expression expression) {
        Object value = value(expression);
        TypeRules.requireBoolean(Kind.of(value), expression.position());
        return (Boolean) value;
    }

    private Object value(Expression expression) {
        if (expression instanceof Literal literal) {
            return literal.value();
        }
        if (expression instanceof Field field) {
            return FieldValue.of(field.name(), fields.get(field.name()), field.position());
        }
        if (expression instanceof Negative negative) {
            return number(negative.operand(), "-").negate();
        }
        if (expression instanceof Arithmetic arithmetic) {
            return calculate(arithmetic);
        }
        if (expression instanceof Comparison comparison) {
            return compare(
                    comparison.operator(), value(comparison.left()), value(comparison.right()), comparison.position());
        }
        if (expression instanceof Membership membership) {
            return isListed(membership) != membership.isNegated();
        }
        if (expression instanceof Not not) {
            return !isTrue(not.operand());
        }
        if (expression instanceof And and) {
            return isTrue(and.left()) && isTrue(and.right());
        }
        if (expression instanceof Or or) {
            return isTrue(or.left()) || isTrue(or.right());
        }
        throw new IllegalStateException("unknown expression " + expression);
    }

    private BigDecimal number(Expression expression, String symbol) {
        Object value = value(expression);
        TypeRules.requireNumber(Kind.of(value), symbol, expression.position());
        return (BigDecimal) value;
    }

    private BigDecimal calculate(Arithmetic arithmetic) {
        String symbol = arithmetic.operator().symbol;
        BigDecimal left = number(arithmetic.left(), symbol);
        BigDecimal right = number(arithmetic.right(), symbol);
        if (arithmetic.operator() == Expression.ArithmeticOperator.DIVIDE && right.signum() == 0) {
            throw Invalid.at(arithmetic.position(), "division by zero");
        }
        try {
            return switch (arithmetic.operator()) {
                case ADD -> left.add(right, ARITHMETIC);
                case SUBTRACT -> left.subtract(right, ARITHMETIC);
                case MULTIPLY -> left.multiply(right, ARITHMETIC);
                case DIVIDE -> left.divide(right, DIVISION);
            };
        } catch (ArithmeticException e) {
            throw Invalid.at(arithmetic.position(), "the result of '" + symbol + "' is out of range");
        }
    }

    private boolean isListed(Membership membership) {
        Object value = value(membership.value());
        for (Literal candidate : membership.candidates()) {
            if (compare(ComparisonOperator.EQUAL, value, candidate.value(), candidate.position())) {
                return true;
            }
        }
        return false;
    }

    private static boolean compare(ComparisonOperator operator, Object left, Object right, int position) {
        if (operator.isOrdering() && (left == null || right == null)) {
            return false;
        }
        Kind leftKind = Kind.of(left);
        Kind rightKind = Kind.of(right);
        if (operator.isOrdering()) {
            TypeRules.requireOrderable(leftKind, operator.symbol, position);
        }
        TypeRules.requireComparable(leftKind, rightKind, position);
        return switch (operator) {
            case EQUAL -> isEqual(left, right);
            case NOT_EQUAL -> !isEqual(left, right);
            case LESS -> order(left, right) < 0;
            case LESS_OR_EQUAL -> order(left, right) <= 0;
            case GREATER -> order(left, right) > 0;
            case GREATER_OR_EQUAL -> order(left, right) >= 0;
        };
    }

    private static boolean isEqual(Object left, Object right) {
        if (left instanceof BigDecimal number && right instanceof BigDecimal other) {
            return number.compareTo(other) == 0;
        }
        return Objects.equals(left, right);
    }

    private static int order(Object left, Object right) {
        if (left instanceof BigDecimal number) {
            return number.compareTo((BigDecimal) right);
        }
        return ((String) left).compareTo((String) right);
    }
}
