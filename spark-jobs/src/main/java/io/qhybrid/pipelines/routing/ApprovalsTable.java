package io.qhybrid.pipelines.routing;

import io.qhybrid.tables.DeltaMerge;
import io.qhybrid.tables.QHybridTables;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Reads and writes {@code approvals}, and what each approval has already paid for: the cost and
 * shots of the QPU jobs recorded under it on other run dates (a rerun of a date does not count
 * its own earlier spending twice).
 */
public final class ApprovalsTable {
    private final QHybridTables tables;

    public ApprovalsTable(QHybridTables tables) {
        this.tables = tables;
    }

    public List<Approval> all() {
        return tables.spark().table(tables.qualified(QHybridTables.APPROVALS)).collectAsList().stream()
                .map(r -> new Approval(r.getAs("approval_id"), r.getAs("approver"), r.getAs("scope"),
                        r.<Long>getAs("max_shots"), r.<Double>getAs("max_cost"),
                        r.<Timestamp>getAs("expires_at").toInstant()))
                .toList();
    }

    /** Records an approval (or replaces the one with the same id). */
    public void write(Approval approval, String backend, String reason, String runId) {
        StructType schema = tables.spark().table(tables.qualified(QHybridTables.APPROVALS)).schema();
        Row row = RowFactory.create(approval.approvalId(), approval.approver(), approval.scope(), backend,
                approval.maxShots(), approval.maxCost(), Timestamp.from(approval.expiresAt()), reason, runId,
                new Timestamp(System.currentTimeMillis()));
        DeltaMerge.upsert(tables, QHybridTables.APPROVALS, tables.spark().createDataFrame(List.of(row), schema));
    }

    /** Cost and shots spent per approval by QPU jobs of run dates other than {@code runDate}. */
    public Map<String, double[]> spentOutside(LocalDate runDate) {
        Map<String, double[]> spent = new HashMap<>();
        tables.spark().sql("SELECT approval_id, sum(cost) AS cost, sum(shots) AS shots FROM "
                        + tables.qualified(QHybridTables.QUANTUM_JOBS) + " WHERE approval_id IS NOT NULL AND run_date <> DATE'"
                        + runDate + "' AND provider_job_id IS NOT NULL GROUP BY approval_id")
                .collectAsList()
                .forEach(r -> spent.put(r.getString(0), new double[] {r.isNullAt(1) ? 0 : r.getDouble(1),
                        r.isNullAt(2) ? 0 : r.getLong(2)}));
        return spent;
    }
}
