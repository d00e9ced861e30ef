package io.qhybrid.circuit.qasm;

/**
 * Recursive descent over angle expressions: sums of products of signed factors, a factor being a
 * number, {@code pi} (or {@code π}), an input parameter or a parenthesised expression.
 */
final class AngleExpressionParser {
    private final QasmReader reader;

    AngleExpressionParser(QasmReader reader) {
        this.reader = reader;
    }

    LinearAngle expression() {
        LinearAngle value = term();
        while (reader.peek().is("+") || reader.peek().is("-")) {
            Token op = reader.take();
            LinearAngle right = term();
            value = check(op, value.plus(op.is("+") ? right : right.negate()));
        }
        return value;
    }

    private LinearAngle term() {
        LinearAngle value = unary();
        while (reader.peek().is("*") || reader.peek().is("/")) {
            Token op = reader.take();
            LinearAngle right = unary();
            value = check(op, op.is("*") ? value.times(right) : value.dividedBy(right));
        }
        return value;
    }

    private LinearAngle unary() {
        if (reader.peek().is("-")) {
            reader.take();
            return unary().negate();
        }
        if (reader.peek().is("+")) {
            reader.take();
            return unary();
        }
        return factor();
    }

    private LinearAngle factor() {
        Token t = reader.take();
        if (t.is("(")) {
            LinearAngle inner = expression();
            reader.expect(")");
            return inner;
        }
        if (t.kind() == Token.Kind.NUMBER) {
            try {
                return LinearAngle.of(Double.parseDouble(t.text()));
            } catch (NumberFormatException e) {
                throw reader.error(t, "bad number '" + t.text() + "'");
            }
        }
        if (t.is("pi") || t.is("π")) {
            return LinearAngle.of(Math.PI);
        }
        if (t.kind() == Token.Kind.IDENTIFIER) {
            if (!reader.isParameter(t.text())) {
                throw reader.error(t, "unknown identifier '" + t.text() + "' in an angle; declare it with 'input float[64] "
                        + t.text() + ";'");
            }
            return LinearAngle.parameter(t.text());
        }
        throw reader.error(t, "expected a number, pi, a parameter or '(', got " + t.describe());
    }

    private LinearAngle check(Token op, LinearAngle value) {
        if (value == null) {
            throw reader.error(op, "an angle must be linear in at most one parameter; this '" + op.text()
                    + "' combines parameters or divides by zero");
        }
        return value;
    }
}
