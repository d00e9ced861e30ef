package io.qhybrid.backend.internal;

import io.qhybrid.circuit.Angle;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.CircuitBuilder;
import io.qhybrid.circuit.Gate;
import io.qhybrid.circuit.Operation;
import io.qhybrid.error.QHybridErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenQASM 3 text the IBM client sends and the emulator reads: exactly the project's
 * circuit convention ({@code include "stdgates.inc"; qubit[n] q; bit[n] c; ... c = measure q;})
 * with angles as decimal literals. It covers the gate enum of the circuit IR and nothing more
 * (no classical control, no gate definitions); the full reader/writer of the encoders module
 * supersedes it.
 */
public final class Qasm3Wire {
    private static final Pattern STATEMENT = Pattern.compile(
            "([a-z]+)\\s*(?:\\(([^)]*)\\))?\\s+(.+)");
    private static final Pattern QUBIT = Pattern.compile("q\\[(\\d+)]");

    private Qasm3Wire() {}

    public static String write(Circuit circuit) {
        StringBuilder out = new StringBuilder("OPENQASM 3.0;\ninclude \"stdgates.inc\";\n");
        int n = circuit.numQubits();
        out.append("qubit[").append(n).append("] q;\nbit[").append(n).append("] c;\n");
        boolean measured = false;
        for (Operation op : circuit.operations()) {
            if (op.gate() == Gate.MEASURE) {
                measured = true;
                continue;
            }
            if (op.gate() == Gate.BARRIER) {
                out.append("barrier q;\n");
                continue;
            }
            out.append(op.gate().qasmName());
            if (!op.angles().isEmpty()) {
                List<String> angles = new ArrayList<>();
                for (int i = 0; i < op.angles().size(); i++) {
                    angles.add(Double.toString(op.angle(i)));
                }
                out.append('(').append(String.join(", ", angles)).append(')');
            }
            List<String> qubits = new ArrayList<>();
            for (int q : op.qubits()) {
                qubits.add("q[" + q + "]");
            }
            out.append(' ').append(String.join(", ", qubits)).append(";\n");
        }
        if (measured) {
            out.append("c = measure q;\n");
        }
        return out.toString();
    }

    /** Reads the subset {@link #write} produces; anything else is a USER_ERROR naming the line. */
    public static Circuit read(String text, String source) {
        CircuitBuilder builder = null;
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceAll("//.*", "").trim();
            if (line.isEmpty() || line.startsWith("OPENQASM") || line.startsWith("include")) {
                continue;
            }
            if (!line.endsWith(";")) {
                throw QHybridErrors.badInput(source, i + 1, 0, "statement does not end with ';': " + line);
            }
            line = line.substring(0, line.length() - 1).trim();
            if (line.startsWith("qubit[")) {
                builder = Circuit.builder(Integer.parseInt(line.substring(6, line.indexOf(']'))));
            } else if (line.startsWith("bit[")) {
                continue;
            } else if (builder == null) {
                throw QHybridErrors.badInput(source, i + 1, 0, "gate before 'qubit[n] q;'");
            } else if (line.replace(" ", "").equals("c=measureq")) {
                builder.measureAll();
            } else if (line.equals("barrier q")) {
                builder.barrier();
            } else {
                builder.append(operation(line, source, i + 1));
            }
        }
        if (builder == null) {
            throw QHybridErrors.badInput(source, 0, 0, "no 'qubit[n] q;' declaration");
        }
        return builder.build();
    }

    private static Operation operation(String line, String source, int lineNo) {
        Matcher m = STATEMENT.matcher(line);
        Gate gate = m.matches() ? Gate.fromQasmName(m.group(1).toLowerCase(Locale.ROOT)) : null;
        if (gate == null || !gate.isUnitary()) {
            throw QHybridErrors.badInput(source, lineNo, 0, "unsupported statement: " + line);
        }
        List<Angle> angles = new ArrayList<>();
        if (m.group(2) != null && !m.group(2).isBlank()) {
            for (String a : m.group(2).split(",")) {
                try {
                    angles.add(Angle.of(Double.parseDouble(a.trim())));
                } catch (NumberFormatException e) {
                    throw QHybridErrors.badInput(source, lineNo, 0, "angle must be a decimal number, got " + a.trim());
                }
            }
        }
        List<Integer> qubits = new ArrayList<>();
        Matcher q = QUBIT.matcher(m.group(3));
        while (q.find()) {
            qubits.add(Integer.parseInt(q.group(1)));
        }
        try {
            return new Operation(gate, qubits.stream().mapToInt(Integer::intValue).toArray(), angles);
        } catch (IllegalArgumentException e) {
            throw QHybridErrors.badInput(source, lineNo, 0, e.getMessage());
        }
    }
}
