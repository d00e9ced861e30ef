package io.qhybrid.cli;

import io.qhybrid.error.QHybridErrors;
import io.qhybrid.pipelines.routing.Approval;
import io.qhybrid.pipelines.routing.ApprovalsTable;
import io.qhybrid.tables.QHybridTables;
import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.spark.sql.SparkSession;

/**
 * {@code approve --scope S --approver NAME --max-shots N --max-cost C --expires INSTANT [--reason TEXT]
 * [--backend NAME] [--id ID]}: records who allows QPU use, for which scope, within which caps and
 * until when, in {@code qhybrid.approvals}. Pipelines route to the QPU only under an unexpired
 * approval whose caps still cover the subproblem.
 */
public final class ApproveCommand implements Command {
    @Override
    public String usage() {
        return "approve --scope *|JOB|JOB:KIND --approver NAME --max-shots N --max-cost C --expires 2026-12-31T00:00:00Z\n"
                + "        [--reason TEXT] [--backend NAME] [--id ID]   allow QPU use (written to qhybrid.approvals)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments a = Arguments.parse(args, Set.of("scope", "approver", "max-shots", "max-cost", "expires", "reason",
                "backend", "id"), Set.of());
        for (String required : List.of("scope", "approver", "max-shots", "max-cost", "expires")) {
            if (a.value(required, null) == null) {
                throw QHybridErrors.invalidArgument("--" + required, "(missing)", "Usage: qhybrid " + usage());
            }
        }
        long maxShots = a.longValue("max-shots", 0);
        double maxCost = a.doubleValue("max-cost", 0);
        if (maxShots < 0 || !(maxCost >= 0)) {
            throw QHybridErrors.invalidArgument("--max-shots/--max-cost", maxShots + "/" + maxCost,
                    "Give non-negative caps.");
        }
        Instant expires;
        try {
            expires = Instant.parse(a.value("expires", null));
        } catch (DateTimeParseException e) {
            throw QHybridErrors.invalidArgument("--expires", a.value("expires", null),
                    "Give an instant such as 2026-12-31T00:00:00Z.");
        }
        Approval approval = new Approval(a.value("id", "approval-" + UUID.randomUUID().toString().substring(0, 8)),
                a.value("approver", null), a.value("scope", null), maxShots, maxCost, expires);
        SparkSession spark = SparkSession.builder().appName("qhybrid approve").enableHiveSupport().getOrCreate();
        try {
            QHybridTables tables = new QHybridTables(spark,
                    spark.conf().get("spark.qhybrid.database", QHybridTables.DEFAULT_DATABASE)).ensureAll();
            new ApprovalsTable(tables).write(approval, a.value("backend", null), a.value("reason", null), "approve-cli");
            var json = Json.object();
            json.put("approval_id", approval.approvalId());
            json.put("scope", approval.scope());
            json.put("approver", approval.approver());
            json.put("max_shots", maxShots);
            json.put("max_cost", maxCost);
            json.put("expires_at", expires.toString());
            Json.print(out, json);
            return 0;
        } finally {
            spark.stop();
        }
    }
}
