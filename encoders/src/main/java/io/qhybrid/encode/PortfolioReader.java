package io.qhybrid.encode;

import static java.util.Objects.requireNonNull;

import io.qhybrid.encode.internal.TextLines;
import io.qhybrid.error.QHybridErrors;
import io.qhybrid.model.PortfolioProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a portfolio from CSV. The first content line is the header
 * {@code asset,mu,<id 1>,...,<id n>}; then one line per asset, in the header's order:
 * {@code <id>,<expected return>,<covariance with id 1>,...,<covariance with id n>}. {@code #}
 * starts a comment; blank lines are skipped. Example:
 * <pre>
 * asset,mu,AAA,BBB
 * AAA,0.10,0.040,0.006
 * BBB,0.07,0.006,0.010
 * </pre>
 * Errors name the source and line.
 */
public final class PortfolioReader {
    private PortfolioReader() {}

    public static PortfolioProblem read(Path path) {
        requireNonNull(path, "path is null");
        return parse(TextLines.readFile(path), path.toString());
    }

    public static PortfolioProblem parse(String text, String source) {
        requireNonNull(text, "text is null");
        List<TextLines.Line> lines = TextLines.contentLines(text);
        if (lines.isEmpty()) {
            throw QHybridErrors.badInput(source, 0, 0, "no header found. Start with 'asset,mu,<id 1>,...,<id n>'.");
        }
        TextLines.Line header = lines.get(0);
        String[] columns = split(header.content());
        if (columns.length < 3 || !columns[0].equalsIgnoreCase("asset") || !columns[1].equalsIgnoreCase("mu")) {
            throw QHybridErrors.badInput(source, header.number(), 0,
                    "expected the header 'asset,mu,<id 1>,...,<id n>' but found '" + header.content() + "'");
        }
        int n = columns.length - 2;
        List<String> ids = new ArrayList<>();
        for (int c = 2; c < columns.length; c++) {
            ids.add(columns[c]);
        }
        if (lines.size() - 1 != n) {
            throw QHybridErrors.badInput(source, lines.get(lines.size() - 1).number(), 0,
                    "the header names " + n + " assets but " + (lines.size() - 1) + " asset lines follow");
        }
        double[] mu = new double[n];
        double[][] sigma = new double[n][n];
        for (int i = 0; i < n; i++) {
            TextLines.Line line = lines.get(i + 1);
            String[] cells = split(line.content());
            if (cells.length != n + 2) {
                throw QHybridErrors.badInput(source, line.number(), 0,
                        "expected " + (n + 2) + " comma-separated fields but found " + cells.length);
            }
            if (!cells[0].equals(ids.get(i))) {
                throw QHybridErrors.badInput(source, line.number(), 0, "expected the line of asset '" + ids.get(i)
                        + "' (rows follow the header's order) but found '" + cells[0] + "'");
            }
            mu[i] = number(cells[1], source, line.number(), 2);
            for (int j = 0; j < n; j++) {
                sigma[i][j] = number(cells[j + 2], source, line.number(), j + 3);
            }
        }
        try {
            return PortfolioProblem.of(ids, mu, sigma);
        } catch (IllegalArgumentException e) {
            throw QHybridErrors.badInput(source, 0, 0, e.getMessage());
        }
    }

    private static String[] split(String content) {
        String[] cells = content.split(",", -1);
        for (int c = 0; c < cells.length; c++) {
            cells[c] = cells[c].strip();
        }
        return cells;
    }

    private static double number(String cell, String source, int line, int field) {
        Double value = TextLines.parseFinite(cell);
        if (value == null) {
            throw QHybridErrors.badInput(source, line, 0, "field " + field + " '" + cell + "' is not a finite number");
        }
        return value;
    }
}
