package io.qhybrid.circuit.qasm;

import io.qhybrid.error.QHybridErrors;
import java.util.ArrayList;
import java.util.List;

/** Splits OpenQASM 3 text into tokens, dropping whitespace and comments. */
final class QasmLexer {
    private final String text;
    private final String source;
    private int pos;
    private int line = 1;
    private int column = 1;

    QasmLexer(String text, String source) {
        this.text = text;
        this.source = source;
    }

    List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (pos >= text.length()) {
                tokens.add(new Token(Token.Kind.END, "", line, column));
                return tokens;
            }
            int startLine = line, startColumn = column, start = pos;
            char c = text.charAt(pos);
            if (Character.isLetter(c) || c == '_' || c == 'π') {
                while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                        || text.charAt(pos) == 'π')) {
                    advance();
                }
                tokens.add(new Token(Token.Kind.IDENTIFIER, text.substring(start, pos), startLine, startColumn));
            } else if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
                while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                    advance();
                }
                if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
                    advance();
                    if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                        advance();
                    }
                    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                        advance();
                    }
                }
                tokens.add(new Token(Token.Kind.NUMBER, text.substring(start, pos), startLine, startColumn));
            } else if (c == '"') {
                advance();
                while (pos < text.length() && text.charAt(pos) != '"' && text.charAt(pos) != '\n') {
                    advance();
                }
                if (pos >= text.length() || text.charAt(pos) != '"') {
                    throw QHybridErrors.badInput(source, startLine, startColumn, "unterminated string");
                }
                advance();
                tokens.add(new Token(Token.Kind.STRING, text.substring(start + 1, pos - 1), startLine, startColumn));
            } else if (c == '-' && pos + 1 < text.length() && text.charAt(pos + 1) == '>') {
                advance();
                advance();
                tokens.add(new Token(Token.Kind.SYMBOL, "->", startLine, startColumn));
            } else if ("[](),;=+-*/".indexOf(c) >= 0) {
                advance();
                tokens.add(new Token(Token.Kind.SYMBOL, String.valueOf(c), startLine, startColumn));
            } else {
                throw QHybridErrors.badInput(source, startLine, startColumn, "unexpected character '" + c + "'");
            }
        }
    }

    private void skipSpaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                advance();
            } else if (text.startsWith("//", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    advance();
                }
            } else if (text.startsWith("/*", pos)) {
                int startLine = line, startColumn = column;
                while (pos < text.length() && !text.startsWith("*/", pos)) {
                    advance();
                }
                if (pos >= text.length()) {
                    throw QHybridErrors.badInput(source, startLine, startColumn, "unterminated comment");
                }
                advance();
                advance();
            } else {
                return;
            }
        }
    }

    private void advance() {
        if (text.charAt(pos) == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        pos++;
    }
}
