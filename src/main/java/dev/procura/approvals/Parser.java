package dev.procura.approvals;

import dev.procura.approvals.Condition.Invalid;
import dev.procura.approvals.Expression.And;
import dev.procura.approvals.Expression.Arithmetic;
import dev.procura.approvals.Expression.ArithmeticOperator;
import dev.procura.approvals.Expression.Comparison;
import dev.procura.approvals.Expression.ComparisonOperator;
import dev.procura.approvals.Expression.Field;
import dev.procura.approvals.Expression.Literal;
import dev.procura.approvals.Expression.Membership;
import dev.procura.approvals.Expression.Negative;
import dev.procura.approvals.Expression.Not;
import dev.procura.approvals.Expression.Or;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Recursive descent over the tokens, one method per precedence level, lowest first:
 * <pre>
 * condition  = or END
 * or         = and { "or" and }
 * and        = not { "and" not }
 * not        = "not" not | comparison
 * comparison = sum [ ( "==" | "!=" | "<" | "<=" | ">" | ">=" ) sum | [ "not" ] "in" list ]
 * sum        = product { ( "+" | "-" ) product }
 * product    = unary { ( "*" | "/" ) unary }
 * unary      = "-" unary | primary
 * primary    = NUMBER | TEXT | "true" | "false" | "null" | NAME | "(" or ")"
 * list       = "(" literal { "," literal } ")"
 * literal    = [ "-" ] NUMBER | TEXT | "true" | "false" | "null"
 * </pre>
 */
final class Parser {

    static final int MAX_DEPTH = 32;

    record Parsed(Expression root, Set<String> fields) {}

    private final List<Token> tokens;
    private final Set<String> fields = new LinkedHashSet<>();
    private int next;
    private int depth;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Parsed parse(String source) {
        Parser parser = new Parser(Tokenizer.tokenize(source));
        Expression root = parser.condition(true);
        return new Parsed(root, Collections.unmodifiableSet(parser.fields));
    }

    /** An expression of any type (a formula): the same grammar, without requiring a boolean result. */
    static Parsed parseValue(String source) {
        Parser parser = new Parser(Tokenizer.tokenize(source));
        Expression root = parser.condition(false);
        return new Parsed(root, Collections.unmodifiableSet(parser.fields));
    }

    private Expression condition(boolean isBoolean) {
        Expression root = isBoolean ? booleanOperand(or()) : or();
        if (peek().type() != Token.Type.END) {
            throw Invalid.at(
                    peek().position(),
                    "expected an operator or the end of the condition but found " + peek().described()
                            + (peek().is("(") ? " (conditions have no functions)" : ""));
        }
        return root;
    }

    private Expression or() {
        Expression left = and();
        while (peek().is("or")) {
            Token operator = advance();
            left = new Or(booleanOperand(left), booleanOperand(and()), operator.position());
        }
        return left;
    }

    private Expression and() {
        Expression left = not();
        while (peek().is("and")) {
            Token operator = advance();
            left = new And(booleanOperand(left), booleanOperand(not()), operator.position());
        }
        return left;
    }

    private Expression not() {
        if (!peek().is("not")) {
            return comparison();
        }
        Token operator = advance();
        return nested(operator, () -> new Not(booleanOperand(not()), operator.position()));
    }

    private Expression comparison() {
        Expression left = sum();
        if (!isComparing()) {
            return left;
        }
        Expression comparison = peek().type() == Token.Type.SYMBOL ? compare(left) : membership(left);
        if (isComparing()) {
            throw Invalid.at(peek().position(), "comparisons cannot be chained; join them with 'and'");
        }
        return comparison;
    }

    private boolean isComparing() {
        return comparisonOperator(peek()) != null
                || peek().is("in")
                || (peek().is("not") && tokens.get(next + 1).is("in"));
    }

    private Expression compare(Expression left) {
        Token token = advance();
        ComparisonOperator operator = comparisonOperator(token);
        Expression right = sum();
        if (operator.isOrdering()) {
            TypeRules.requireOrderable(left.kind(), operator.symbol, token.position());
            TypeRules.requireOrderable(right.kind(), operator.symbol, token.position());
        }
        TypeRules.requireComparable(left.kind(), right.kind(), token.position());
        return new Comparison(operator, left, right, token.position());
    }

    private Expression membership(Expression value) {
        boolean isNegated = peek().is("not");
        if (isNegated) {
            advance();
        }
        Token in = advance();
        expect("(", "expected '(' to open the list after 'in'");
        List<Literal> candidates = new ArrayList<>();
        Kind listed = Kind.UNKNOWN;
        do {
            Literal candidate = candidate();
            TypeRules.requireComparable(value.kind(), candidate.kind(), candidate.position());
            TypeRules.requireComparable(listed, candidate.kind(), candidate.position());
            listed = candidate.kind() == Kind.NULL ? listed : candidate.kind();
            candidates.add(candidate);
        } while (accept(","));
        expect(")", "expected ',' or ')' in the list after 'in'");
        return new Membership(value, candidates, isNegated, in.position());
    }

    private Literal candidate() {
        Token token = advance();
        if (token.is("-") && peek().type() == Token.Type.NUMBER) {
            return new Literal(new BigDecimal(advance().text()).negate(), token.position());
        }
        if (!isLiteral(token)) {
            throw Invalid.at(
                    token.position(),
                    "expected a number, text, true, false or null in the list but found " + token.described());
        }
        return literal(token);
    }

    private Expression sum() {
        Expression left = product();
        while (peek().is("+") || peek().is("-")) {
            Token operator = advance();
            left = arithmetic(operator, left, product());
        }
        return left;
    }

    private Expression product() {
        Expression left = unary();
        while (peek().is("*") || peek().is("/")) {
            Token operator = advance();
            left = arithmetic(operator, left, unary());
        }
        return left;
    }

    private Expression arithmetic(Token token, Expression left, Expression right) {
        TypeRules.requireNumber(left.kind(), token.text(), left.position());
        TypeRules.requireNumber(right.kind(), token.text(), right.position());
        return new Arithmetic(ArithmeticOperator.of(token.text()), left, right, token.position());
    }

    private Expression unary() {
        if (!peek().is("-")) {
            return primary();
        }
        Token minus = advance();
        return nested(minus, () -> {
            Expression operand = unary();
            TypeRules.requireNumber(operand.kind(), "-", operand.position());
            return new Negative(operand, minus.position());
        });
    }

    private Expression primary() {
        Token token = advance();
        if (isLiteral(token)) {
            return literal(token);
        }
        if (token.type() == Token.Type.NAME) {
            fields.add(token.text());
            return new Field(token.text(), token.position());
        }
        if (token.is("(")) {
            return nested(token, () -> {
                Expression inner = or();
                expect(")", "expected ')' to close the '(' at position " + token.position());
                return inner;
            });
        }
        throw Invalid.at(token.position(), "expected a value but found " + token.described());
    }

    private Expression nested(Token opening, Supplier<Expression> inner) {
        if (++depth > MAX_DEPTH) {
            throw Invalid.at(opening.position(), "conditions nest at most " + MAX_DEPTH + " levels deep");
        }
        Expression expression = inner.get();
        depth--;
        return expression;
    }

    private static Expression booleanOperand(Expression operand) {
        TypeRules.requireBoolean(operand.kind(), operand.position());
        return operand;
    }

    private static boolean isLiteral(Token token) {
        return token.type() == Token.Type.NUMBER
                || token.type() == Token.Type.TEXT
                || token.is("true")
                || token.is("false")
                || token.is("null");
    }

    private static Literal literal(Token token) {
        Object value = switch (token.type()) {
            case NUMBER -> new BigDecimal(token.text());
            case TEXT -> token.text();
            default -> token.is("null") ? null : Boolean.valueOf(token.text());
        };
        return new Literal(value, token.position());
    }

    private static ComparisonOperator comparisonOperator(Token token) {
        for (ComparisonOperator operator : ComparisonOperator.values()) {
            if (token.is(operator.symbol)) {
                return operator;
            }
        }
        return null;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token advance() {
        Token token = tokens.get(next);
        if (token.type() != Token.Type.END) {
            next++;
        }
        return token;
    }

    private boolean accept(String symbol) {
        if (!peek().is(symbol)) {
            return false;
        }
        advance();
        return true;
    }

    private void expect(String symbol, String problem) {
        if (!accept(symbol)) {
            throw Invalid.at(peek().position(), problem + " but found " + peek().described());
        }
    }
}
