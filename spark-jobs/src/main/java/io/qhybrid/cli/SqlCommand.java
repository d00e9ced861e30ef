package io.qhybrid.cli;

import io.qhybrid.error.QHybridErrors;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** {@code sql "<statement>" [--format table|json|csv] [--limit N]}: query the QHybrid tables. */
public final class SqlCommand implements Command {
    @Override
    public String usage() {
        return "sql \"<statement>\" [--format table|json|csv] [--limit N]   query the tables, e.g. \"SELECT * FROM qhybrid.runs\"\n"
                + "  --format  table (default, for people), json (one array of objects) or csv\n"
                + "  --limit   most rows printed, default 1000";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(args, Set.of("format", "limit"), Set.of());
        if (arguments.positionals().size() != 1) {
            throw QHybridErrors.invalidArgument("usage", String.join(" ", args),
                    "Write: qhybrid sql \"SELECT ...\" with the statement in quotes.");
        }
        String format = arguments.value("format", "table");
        if (!Set.of("table", "json", "csv").contains(format)) {
            throw QHybridErrors.invalidArgument("--format", format, "Use table, json or csv.");
        }
        int limit = arguments.intValue("limit", 1000);
        SparkSession spark = SparkSession.builder().appName("qhybrid sql").enableHiveSupport().getOrCreate();
        try {
            Dataset<Row> result;
            try {
                result = spark.sql(arguments.positionals().get(0));
            } catch (Exception e) {
                // Spark throws AnalysisException and ParseException undeclared (Scala)
                if (!(e instanceof org.apache.spark.sql.AnalysisException analysis)) {
                    throw e;
                }
                throw QHybridErrors.invalidArgument("statement", arguments.positionals().get(0),
                        analysis.getSimpleMessage() + " (tables live in database qhybrid; SHOW TABLES IN qhybrid lists them)");
            }
            List<Row> rows = result.limit(limit + 1).collectAsList();
            boolean truncated = rows.size() > limit;
            List<Row> shown = truncated ? rows.subList(0, limit) : rows;
            new ResultPrinter(result.schema(), shown).print(format, out);
            if (truncated) {
                err.println("(showing the first " + limit + " rows; --limit N shows more)");
            }
            return OK;
        } finally {
            spark.stop();
        }
    }
}
