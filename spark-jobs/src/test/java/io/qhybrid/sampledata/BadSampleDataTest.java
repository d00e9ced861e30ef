package io.qhybrid.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Proves the bad-data catalogue consistent: strict reference checks written here, from the
 * rules in docs/sample-data.md, flag exactly the lines each {@code *.expected.csv} lists, with
 * the listed category, and accept every other line.
 */
class BadSampleDataTest {
    private final Path bad = SampleDataFiles.root().resolve("bad");

    @Test
    void pricesCatalogueMatchesReferenceChecks() throws IOException {
        Set<String> keys = new HashSet<>();
        Map<Integer, String> found = classify("prices-bad.csv", (line, text) -> {
            if (line == 1) {
                return null; // header
            }
            if (text.isEmpty()) {
                return "EMPTY_LINE";
            }
            String[] f = text.split(",", -1);
            if (f.length != 4) {
                return "WRONG_COLUMN_COUNT";
            }
            for (String field : f) {
                if (field.isBlank()) {
                    return "MISSING_VALUE";
                }
            }
            try {
                LocalDate.parse(f[0]);
            } catch (DateTimeParseException e) {
                return "BAD_DATE";
            }
            double close;
            try {
                close = Double.parseDouble(f[3]);
            } catch (NumberFormatException e) {
                return "NOT_NUMERIC";
            }
            if (!Double.isFinite(close)) {
                return "NON_FINITE";
            }
            if (close <= 0) {
                return "NON_POSITIVE";
            }
            return keys.add(f[0] + "|" + f[1]) ? null : "DUPLICATE_KEY";
        });
        assertThat(found).isEqualTo(expected("prices-bad.expected.csv"));
    }

    @Test
    void graphCatalogueMatchesReferenceChecks() throws IOException {
        Map<Integer, String> found = classify("graph-bad.txt", (line, text) -> {
            String body = text.replaceFirst("#.*", "").trim();
            if (body.isEmpty()) {
                return null;
            }
            String[] t = body.split("\\s+");
            if (t.length < 2 || t.length > 3) {
                return "MALFORMED";
            }
            int u;
            int v;
            try {
                u = Integer.parseInt(t[0]);
                v = Integer.parseInt(t[1]);
            } catch (NumberFormatException e) {
                return "MALFORMED";
            }
            if (u < 0 || v < 0) {
                return "NEGATIVE_NODE";
            }
            if (t.length == 3) {
                try {
                    double w = Double.parseDouble(t[2]);
                    if (!Double.isFinite(w) || w < 0) {
                        return "BAD_WEIGHT";
                    }
                } catch (NumberFormatException e) {
                    return "BAD_WEIGHT";
                }
            }
            return u == v ? "SELF_LOOP" : null;
        });
        assertThat(found).isEqualTo(expected("graph-bad.expected.csv"));
    }

    @Test
    void pauliSumCatalogueMatchesReferenceChecks() throws IOException {
        Map<Integer, String> found = classify("h2-bad.txt", (line, text) -> {
            String body = text.replaceFirst("#.*", "").trim();
            if (body.isEmpty()) {
                return null;
            }
            String[] t = body.split("\\s+");
            try {
                if (!Double.isFinite(Double.parseDouble(t[0]))) {
                    return "BAD_COEFFICIENT";
                }
            } catch (NumberFormatException e) {
                return "BAD_COEFFICIENT";
            }
            if (t.length == 2 && t[1].equals("I")) {
                return null;
            }
            Set<Integer> qubits = new HashSet<>();
            for (int i = 1; i < t.length; i++) {
                if ("XYZ".indexOf(t[i].charAt(0)) < 0) {
                    return "UNKNOWN_LETTER";
                }
                int q;
                try {
                    q = Integer.parseInt(t[i].substring(1));
                } catch (NumberFormatException e) {
                    return "MALFORMED_WORD";
                }
                if (q < 0) {
                    return "NEGATIVE_INDEX";
                }
                if (!qubits.add(q)) {
                    return "REPEATED_QUBIT";
                }
            }
            return null;
        });
        assertThat(found).isEqualTo(expected("h2-bad.expected.csv"));
    }

    @Test
    void everyBadFileAlsoHoldsGoodLines() throws IOException {
        for (String[] pair : new String[][] {{"prices-bad.csv", "prices-bad.expected.csv"},
                {"graph-bad.txt", "graph-bad.expected.csv"}, {"h2-bad.txt", "h2-bad.expected.csv"}}) {
            long dataLines = lines(pair[0]).stream().filter(l -> !l.startsWith("#")).count();
            assertThat(dataLines - expected(pair[1]).size()).as(pair[0]).isGreaterThanOrEqualTo(3);
        }
    }

    private interface LineCheck {
        String category(int line, String text);
    }

    private Map<Integer, String> classify(String file, LineCheck check) throws IOException {
        Map<Integer, String> found = new TreeMap<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String category = check.category(i + 1, lines.get(i));
            if (category != null) {
                found.put(i + 1, category);
            }
        }
        return found;
    }

    private Map<Integer, String> expected(String file) throws IOException {
        Map<Integer, String> expected = new TreeMap<>();
        List<String> lines = lines(file);
        assertThat(lines.get(0)).isEqualTo("line,category,detail");
        for (String row : lines.subList(1, lines.size())) {
            String[] f = row.split(",", 3);
            expected.put(Integer.parseInt(f[0]), f[1]);
        }
        return expected;
    }

    private List<String> lines(String file) throws IOException {
        return Files.readAllLines(bad.resolve(file), StandardCharsets.UTF_8);
    }
}
