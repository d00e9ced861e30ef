package io.qhybrid.report.internal;

import java.util.regex.Pattern;

/**
 * A self-contained HTML page (inline CSS, no scripts, no external files but the images beside
 * it). Every text is escaped here, so callers pass plain text.
 */
public final class HtmlPage {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?([eE]-?[0-9]+)?");
    private static final String STYLE = """
            body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 1.5em auto; max-width: 1060px;
                   color: #222; line-height: 1.35; padding: 0 1em; }
            h1 { font-size: 1.5em; margin-bottom: 0.2em; } h2 { font-size: 1.2em; margin-top: 1.8em;
                   border-bottom: 1px solid #ccc; padding-bottom: 0.2em; }
            table { border-collapse: collapse; margin: 0.6em 0; font-size: 0.9em; }
            caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
            th, td { border: 1px solid #ccc; padding: 0.2em 0.6em; text-align: left; vertical-align: top; }
            th { background: #f2f2f2; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
            .columns { display: flex; flex-wrap: wrap; gap: 2em; align-items: flex-start; }
            .note { color: #8a5a00; background: #fff6e0; border-left: 4px solid #e0a000; padding: 0.4em 0.8em; }
            .status-succeeded { color: #13711b; font-weight: bold; } .status-failed { color: #b00020; font-weight: bold; }
            .status-partial, .status-running, .status-abandoned { color: #8a5a00; font-weight: bold; }
            img { max-width: 100%; border: 1px solid #ddd; } footer { color: #777; font-size: 0.8em; margin-top: 2em; }
            """;

    private final StringBuilder body = new StringBuilder();

    public HtmlPage heading(int level, String text) {
        body.append("<h").append(level).append('>').append(escape(text)).append("</h").append(level).append(">\n");
        return this;
    }

    public HtmlPage paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    /** A highlighted remark, e.g. why a plot is missing. */
    public HtmlPage note(String text) {
        body.append("<p class=\"note\">").append(escape(text)).append("</p>\n");
        return this;
    }

    public HtmlPage image(String file, String alternative) {
        body.append("<p><img src=\"").append(escape(file)).append("\" alt=\"").append(escape(alternative))
                .append("\"></p>\n");
        return this;
    }

    /** Tables side by side where the page is wide enough. */
    public HtmlPage columns(ReportTable... tables) {
        body.append("<div class=\"columns\">\n");
        for (ReportTable table : tables) {
            table(table);
        }
        body.append("</div>\n");
        return this;
    }

    public HtmlPage table(ReportTable table) {
        body.append("<table id=\"").append(escape(table.id())).append("\">\n<caption>").append(escape(table.caption()))
                .append("</caption>\n<tr>");
        table.headers().forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
        body.append("</tr>\n");
        for (var row : table.rows()) {
            body.append("<tr>");
            for (String cell : row) {
                body.append(NUMBER.matcher(cell).matches() ? "<td class=\"num\">" : "<td>").append(escape(cell))
                        .append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    /** Text in a status colour ({@code succeeded}, {@code failed}, ...). */
    public HtmlPage status(String label, String status) {
        body.append("<p>").append(escape(label)).append(" <span class=\"status-").append(escape(status)).append("\">")
                .append(escape(status)).append("</span></p>\n");
        return this;
    }

    public HtmlPage footer(String text) {
        body.append("<footer>").append(escape(text)).append("</footer>\n");
        return this;
    }

    public String render(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
