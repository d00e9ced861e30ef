package io.qhybrid.circuit.qasm;

/** One lexical token of OpenQASM 3 text, with its 1-based position. */
record Token(Kind kind, String text, int line, int column) {
    enum Kind { IDENTIFIER, NUMBER, STRING, SYMBOL, END }

    boolean is(String symbol) {
        return (kind == Kind.SYMBOL || kind == Kind.IDENTIFIER) && text.equals(symbol);
    }

    String describe() {
        return kind == Kind.END ? "end of input" : "'" + text + "'";
    }
}
