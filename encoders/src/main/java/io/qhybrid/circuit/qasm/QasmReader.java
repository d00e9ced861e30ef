package io.qhybrid.circuit.qasm;

import static java.util.Objects.requireNonNull;

import io.qhybrid.circuit.Angle;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.CircuitBuilder;
import io.qhybrid.circuit.Gate;
import io.qhybrid.circuit.Operation;
import io.qhybrid.error.InputException;
import io.qhybrid.error.QHybridErrors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the OpenQASM 3 subset QHybrid writes: {@code OPENQASM 3.0;}, {@code include
 * "stdgates.inc";}, one {@code qubit[n]} register, one {@code bit[n]} register, {@code input
 * float[64] name;} parameters, the gates of {@link Gate}, {@code barrier}, and measurement as
 * {@code c = measure q;} or {@code c[i] = measure q[i];}. Angle expressions take numbers,
 * {@code pi}, input parameters, {@code + - * /} and parentheses. Every problem is an
 * {@link InputException} naming the source, line and column.
 */
public final class QasmReader {
    /** Gate spellings accepted besides the stdgates names. */
    private static final Map<String, Gate> ALIASES = Map.of("U", Gate.U, "CX", Gate.CX, "phase", Gate.P, "cnot", Gate.CX);

    private final String source;
    private final List<Token> tokens;
    private int next;
    private String qubitRegister;
    private String bitRegister;
    private int numQubits = -1;
    private final Set<String> parameters = new HashSet<>();
    private final List<Operation> operations = new ArrayList<>();

    private QasmReader(String text, String source) {
        this.source = source;
        this.tokens = new QasmLexer(text, source).tokens();
    }

    /**
     * Parses a circuit.
     *
     * @param source a name for error messages, usually the file name
     * @throws InputException for any syntax error, unknown gate or out-of-range qubit
     */
    public static Circuit read(String text, String source) {
        requireNonNull(text, "text is null");
        return new QasmReader(text, source == null ? "<qasm>" : source).parse();
    }

    private Circuit parse() {
        if (peek().is("OPENQASM")) {
            take();
            Token version = take();
            if (version.kind() != Token.Kind.NUMBER || !version.text().startsWith("3")) {
                throw error(version, "only OpenQASM 3 is supported, got version " + version.describe());
            }
            expect(";");
        }
        while (peek().kind() != Token.Kind.END) {
            statement();
        }
        if (numQubits < 0) {
            throw error(peek(), "no qubit register declared; add 'qubit[n] q;'");
        }
        CircuitBuilder builder = Circuit.builder(numQubits);
        operations.forEach(builder::append);
        return builder.build();
    }

    private void statement() {
        Token head = take();
        if (head.kind() != Token.Kind.IDENTIFIER) {
            throw error(head, "expected a statement, got " + head.describe());
        }
        switch (head.text()) {
            case "include": {
                Token file = take();
                if (file.kind() != Token.Kind.STRING) {
                    throw error(file, "expected a file name in quotes after include");
                }
                if (!file.text().equals("stdgates.inc")) {
                    throw error(file, "only \"stdgates.inc\" can be included, got \"" + file.text() + "\"");
                }
                expect(";");
                return;
            }
            case "qubit": declareQubits(head); return;
            case "bit": declareBits(head); return;
            case "input": declareInput(); return;
            case "measure": measureArrow(head); return;
            case "barrier": barrier(head); return;
            default:
                if (peek().is("=") || peek().is("[") && head.text().equals(bitRegister)) {
                    measureAssign(head);
                } else {
                    gate(head);
                }
        }
    }

    private void declareQubits(Token head) {
        if (numQubits >= 0) {
            throw error(head, "a second qubit register; QHybrid circuits use exactly one");
        }
        expect("[");
        numQubits = positiveInt();
        expect("]");
        qubitRegister = identifier("a register name");
        expect(";");
    }

    private void declareBits(Token head) {
        if (bitRegister != null) {
            throw error(head, "a second bit register; QHybrid circuits use exactly one");
        }
        expect("[");
        positiveInt();
        expect("]");
        bitRegister = identifier("a register name");
        expect(";");
    }

    private void declareInput() {
        Token type = take();
        if (!type.is("float") && !type.is("angle")) {
            throw error(type, "input parameters must be 'float[64]' or 'angle', got " + type.describe());
        }
        if (peek().is("[")) {
            take();
            positiveInt();
            expect("]");
        }
        parameters.add(identifier("a parameter name"));
        expect(";");
    }

    private void gate(Token head) {
        Gate gate = Gate.fromQasmName(head.text());
        if (gate == null) {
            gate = ALIASES.get(head.text());
        }
        if (gate == null || !gate.isUnitary()) {
            throw error(head, "unknown gate '" + head.text() + "'; known gates: x y z h s sdg t tdg sx rx ry rz p u"
                    + " cx cy cz swap rzz, barrier, measure");
        }
        List<Angle> angles = new ArrayList<>();
        if (peek().is("(")) {
            take();
            if (!peek().is(")")) {
                angles.add(angle());
                while (peek().is(",")) {
                    take();
                    angles.add(angle());
                }
            }
            expect(")");
        }
        if (angles.size() != gate.angleCount()) {
            throw error(head, gate.qasmName() + " takes " + gate.angleCount() + " angle(s), got " + angles.size());
        }
        List<Integer> qubits = new ArrayList<>();
        qubits.add(qubit());
        while (peek().is(",")) {
            take();
            qubits.add(qubit());
        }
        if (qubits.size() != gate.qubitCount()) {
            throw error(head, gate.qasmName() + " acts on " + gate.qubitCount() + " qubit(s), got " + qubits.size());
        }
        if (new HashSet<>(qubits).size() != qubits.size()) {
            throw error(head, gate.qasmName() + " uses the same qubit twice");
        }
        expect(";");
        operations.add(new Operation(gate, qubits.stream().mapToInt(Integer::intValue).toArray(), angles));
    }

    private void barrier(Token head) {
        List<Integer> qubits = new ArrayList<>();
        if (peek().is(qubitRegister) && !lookahead(1).is("[")) {
            take();
            for (int q = 0; q < numQubits; q++) {
                qubits.add(q);
            }
        } else {
            qubits.add(qubit());
            while (peek().is(",")) {
                take();
                qubits.add(qubit());
            }
        }
        expect(";");
        operations.add(new Operation(Gate.BARRIER, qubits.stream().mapToInt(Integer::intValue).toArray(), List.of()));
    }

    /** {@code c = measure q;} or {@code c[i] = measure q[i];}. */
    private void measureAssign(Token target) {
        requireDeclared(target);
        if (bitRegister == null || !target.text().equals(bitRegister)) {
            throw error(target, "unknown bit register '" + target.text() + "'");
        }
        int bit = -1;
        if (peek().is("[")) {
            take();
            bit = nonNegativeInt();
            expect("]");
        }
        expect("=");
        Token measure = take();
        if (!measure.is("measure")) {
            throw error(measure, "expected 'measure', got " + measure.describe());
        }
        measured(measure, bit);
    }

    /** {@code measure q -> c;} or {@code measure q[i] -> c[i];}. */
    private void measureArrow(Token head) {
        int qubit = measuredQubits();
        expect("->");
        identifier("a bit register");
        if (peek().is("[")) {
            take();
            nonNegativeInt();
            expect("]");
        }
        expect(";");
        addMeasurement(head, qubit);
    }

    private void measured(Token at, int bit) {
        int qubit = measuredQubits();
        if (bit >= 0 && qubit != bit) {
            throw error(at, "bit " + bit + " must hold qubit " + bit + " (c[k] = measure q[k])");
        }
        expect(";");
        addMeasurement(at, qubit);
    }

    /** The measured qubit index, or -1 for the whole register. */
    private int measuredQubits() {
        Token register = peek();
        if (register.is(qubitRegister) && !lookahead(1).is("[")) {
            take();
            return -1;
        }
        return qubit();
    }

    private void addMeasurement(Token at, int qubit) {
        requireDeclared(at);
        int[] qubits = qubit < 0 ? java.util.stream.IntStream.range(0, numQubits).toArray() : new int[] {qubit};
        operations.add(new Operation(Gate.MEASURE, qubits, List.of()));
    }

    private int qubit() {
        Token register = take();
        requireDeclared(register);
        if (!register.text().equals(qubitRegister)) {
            throw error(register, "unknown qubit register " + register.describe() + "; declared: '" + qubitRegister + "'");
        }
        expect("[");
        Token index = peek();
        int q = nonNegativeInt();
        if (q >= numQubits) {
            throw error(index, "qubit " + q + " out of range: " + qubitRegister + " has " + numQubits + " qubits");
        }
        expect("]");
        return q;
    }

    private void requireDeclared(Token at) {
        if (numQubits < 0) {
            throw error(at, "declare the qubit register ('qubit[n] q;') before using it");
        }
    }

    private Angle angle() {
        return new AngleExpressionParser(this).expression().toAngle();
    }

    boolean isParameter(String name) {
        return parameters.contains(name);
    }

    private int positiveInt() {
        Token at = peek();
        int value = nonNegativeInt();
        if (value < 1) {
            throw error(at, "expected a size of at least 1, got " + value);
        }
        return value;
    }

    private int nonNegativeInt() {
        Token t = take();
        if (t.kind() != Token.Kind.NUMBER || !t.text().matches("\\d+")) {
            throw error(t, "expected a whole number, got " + t.describe());
        }
        try {
            return Integer.parseInt(t.text());
        } catch (NumberFormatException e) {
            throw error(t, "number too large: " + t.text());
        }
    }

    private String identifier(String what) {
        Token t = take();
        if (t.kind() != Token.Kind.IDENTIFIER) {
            throw error(t, "expected " + what + ", got " + t.describe());
        }
        return t.text();
    }

    void expect(String symbol) {
        Token t = take();
        if (!t.is(symbol)) {
            throw error(t, "expected '" + symbol + "', got " + t.describe());
        }
    }

    Token peek() {
        return tokens.get(next);
    }

    private Token lookahead(int k) {
        return tokens.get(Math.min(tokens.size() - 1, next + k));
    }

    Token take() {
        Token t = tokens.get(next);
        if (t.kind() != Token.Kind.END) {
            next++;
        }
        return t;
    }

    InputException error(Token at, String problem) {
        return QHybridErrors.badInput(source, at.line(), at.column(), problem);
    }
}
