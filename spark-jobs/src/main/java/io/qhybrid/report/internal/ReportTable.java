package io.qhybrid.report.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A small table of a report page: an HTML id, a caption, a header row and rows of text cells. */
public record ReportTable(String id, String caption, List<String> headers, List<List<String>> rows) {
    public ReportTable {
        requireNonNull(id, "id is null");
        requireNonNull(caption, "caption is null");
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static Builder builder(String id, String caption, String... headers) {
        return new Builder(id, caption, List.of(headers));
    }

    /** A number with {@code digits} decimals, or an empty cell for null and NaN. */
    public static String fixed(Double value, int digits) {
        return value == null || value.isNaN() ? "" : String.format(Locale.ROOT, "%." + digits + "f", value);
    }

    public static final class Builder {
        private final String id;
        private final String caption;
        private final List<String> headers;
        private final List<List<String>> rows = new ArrayList<>();

        private Builder(String id, String caption, List<String> headers) {
            this.id = id;
            this.caption = caption;
            this.headers = headers;
        }

        public Builder row(Object... cells) {
            if (cells.length != headers.size()) {
                throw new IllegalArgumentException("table " + id + " has " + headers.size() + " columns, not " + cells.length);
            }
            List<String> row = new ArrayList<>();
            for (Object cell : cells) {
                row.add(cell == null ? "" : cell.toString());
            }
            rows.add(row);
            return this;
        }

        public ReportTable build() {
            return new ReportTable(id, caption, headers, rows);
        }
    }
}
