package io.qhybrid.encode;

import static java.util.Objects.requireNonNull;

import io.qhybrid.encode.internal.TextLines;
import io.qhybrid.error.QHybridErrors;
import io.qhybrid.model.PauliSum;
import io.qhybrid.model.PauliWord;
import java.nio.file.Path;

/**
 * Reads a Pauli sum from text: one term a line, {@code <coefficient> <word>}, the word as
 * space-separated factors such as {@code X0 Y1 Z3} (letter, then qubit index; qubit 0 is the
 * rightmost bitstring character), {@code I} or nothing for the identity; {@code #} starts a
 * comment. Repeated words add up. A malformed line, a repeated qubit within a word or a negative
 * qubit index is an {@link io.qhybrid.error.InputException} naming the source and line.
 */
public final class PauliSumReader {
    private PauliSumReader() {}

    public static PauliSum read(Path path) {
        requireNonNull(path, "path is null");
        return parse(TextLines.readFile(path), path.toString());
    }

    /** Parses {@code text}; {@code source} names it in error messages. */
    public static PauliSum parse(String text, String source) {
        requireNonNull(text, "text is null");
        PauliSum.Builder sum = PauliSum.builder();
        int terms = 0;
        for (TextLines.Line line : TextLines.contentLines(text)) {
            String[] parts = line.content().split("\\s+", 2);
            Double coefficient = TextLines.parseFinite(parts[0]);
            if (coefficient == null) {
                throw QHybridErrors.badInput(source, line.number(), 1, "expected '<coefficient> <word>' such as "
                        + "'0.5 X0 Z1', but '" + parts[0] + "' is not a finite number");
            }
            PauliWord word;
            try {
                word = PauliWord.parse(parts.length > 1 ? parts[1] : "");
            } catch (IllegalArgumentException e) {
                throw QHybridErrors.badInput(source, line.number(), 0, e.getMessage());
            }
            sum.add(coefficient, word);
            terms++;
        }
        if (terms == 0) {
            throw QHybridErrors.badInput(source, 0, 0, "no terms found. Write one '<coefficient> <word>' a line.");
        }
        return sum.build();
    }
}
