package io.qhybrid.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/** Prints query results as an aligned table, a JSON array of objects, or CSV. */
final class ResultPrinter {
    private final StructType schema;
    private final List<Row> rows;

    ResultPrinter(StructType schema, List<Row> rows) {
        this.schema = schema;
        this.rows = rows;
    }

    void print(String format, PrintStream out) {
        switch (format) {
            case "json" -> printJson(out);
            case "csv" -> printCsv(out);
            default -> printTable(out);
        }
    }

    private void printTable(PrintStream out) {
        String[] names = schema.fieldNames();
        int[] widths = new int[names.length];
        List<String[]> cells = new ArrayList<>();
        for (int c = 0; c < names.length; c++) {
            widths[c] = names[c].length();
        }
        for (Row row : rows) {
            String[] line = new String[names.length];
            for (int c = 0; c < names.length; c++) {
                line[c] = text(row.get(c));
                widths[c] = Math.max(widths[c], line[c].length());
            }
            cells.add(line);
        }
        StringBuilder rule = new StringBuilder("+");
        for (int width : widths) {
            rule.append("-".repeat(width + 2)).append('+');
        }
        out.println(rule);
        out.println(line(names, widths));
        out.println(rule);
        cells.forEach(line -> out.println(line(line, widths)));
        out.println(rule);
        out.println(rows.size() + (rows.size() == 1 ? " row" : " rows"));
    }

    private static String line(String[] values, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int c = 0; c < values.length; c++) {
            line.append(' ').append(values[c]).append(" ".repeat(widths[c] - values[c].length())).append(" |");
        }
        return line.toString();
    }

    private void printJson(PrintStream out) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        String[] names = schema.fieldNames();
        for (Row row : rows) {
            ObjectNode object = array.addObject();
            for (int c = 0; c < names.length; c++) {
                Object value = row.get(c);
                if (value == null) {
                    object.putNull(names[c]);
                } else if (value instanceof Number || value instanceof Boolean) {
                    object.set(names[c], Json.MAPPER.valueToTree(value));
                } else {
                    object.put(names[c], text(value));
                }
            }
        }
        Json.print(out, array);
    }

    private void printCsv(PrintStream out) {
        out.println(String.join(",", List.of(schema.fieldNames()).stream().map(ResultPrinter::csv).toList()));
        for (Row row : rows) {
            List<String> values = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                values.add(row.isNullAt(c) ? "" : csv(text(row.get(c))));
            }
            out.println(String.join(",", values));
        }
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String text(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof scala.collection.Map<?, ?> map) {
            return scala.collection.JavaConverters.mapAsJavaMap(map).toString();
        }
        if (value instanceof scala.collection.Seq<?> seq) {
            return scala.collection.JavaConverters.seqAsJavaList(seq).toString();
        }
        return value.toString().replace("\n", " ");
    }
}
