package io.qhybrid.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the tables of a report page back: by table id, rows as header to cell text. */
final class HtmlTables {
    private static final Pattern TABLE = Pattern.compile("<table id=\"([^\"]+)\">(.*?)</table>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);

    private HtmlTables() {}

    static Map<String, List<Map<String, String>>> read(String html) {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        Matcher table = TABLE.matcher(html);
        while (table.find()) {
            List<List<String>> rows = new ArrayList<>();
            Matcher row = ROW.matcher(table.group(2));
            while (row.find()) {
                List<String> cells = new ArrayList<>();
                Matcher cell = CELL.matcher(row.group(1));
                while (cell.find()) {
                    cells.add(unescape(cell.group(1)));
                }
                rows.add(cells);
            }
            List<String> headers = rows.get(0);
            List<Map<String, String>> records = new ArrayList<>();
            for (List<String> cells : rows.subList(1, rows.size())) {
                Map<String, String> record = new LinkedHashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    record.put(headers.get(i), cells.get(i));
                }
                records.add(record);
            }
            tables.put(table.group(1), records);
        }
        return tables;
    }

    /** A two-column table (field/value, measure/value) as a map of its first column to its second. */
    static Map<String, String> pairs(List<Map<String, String>> rows) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>(row.values());
            pairs.put(cells.get(0), cells.get(1));
        }
        return pairs;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
