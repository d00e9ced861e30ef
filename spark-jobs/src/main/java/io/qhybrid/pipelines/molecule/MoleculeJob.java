package io.qhybrid.pipelines.molecule;

import static org.apache.spark.sql.functions.col;

import io.qhybrid.jobs.JobContext;
import io.qhybrid.pipelines.PipelineJob;
import io.qhybrid.pipelines.PipelineOptions;
import io.qhybrid.pipelines.SubproblemKind;
import io.qhybrid.tables.DeltaMerge;
import io.qhybrid.tables.QHybridTables;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code molecule}: the Hamiltonians of {@code hamiltonian_terms}, one subproblem per geometry ->
 * VQE on the routed tier (parameters optimised on the exact simulator in the task, the energy
 * measured from samples through the pool), exact diagonalisation as the baseline -> the potential
 * energy curve, in the run summary and in each result's {@code detail_json}.
 */
public final class MoleculeJob extends PipelineJob {
    public static final String GEOMETRIES = "molecule.geometries";

    @Override
    public String name() {
        return "molecule";
    }

    @Override
    public String description() {
        return "molecule: VQE per geometry against exact diagonalisation, the potential energy curve";
    }

    @Override
    protected Map<String, String> jobDefaults() {
        // molecules are a few qubits: route them to VQE, not to exact enumeration
        return Map.of(GEOMETRIES, "*", PipelineOptions.EXACT_MAX_VARIABLES, "0");
    }

    @Override
    protected Prepared prepare(JobContext context, PipelineOptions options) {
        Dataset<Row> terms = context.spark().table(context.tables().qualified(QHybridTables.HAMILTONIAN_TERMS));
        String geometries = context.config().get(GEOMETRIES).trim();
        if (!geometries.equals("*")) {
            terms = terms.filter(col("geometry_id").isin((Object[]) Arrays.stream(geometries.split(","))
                    .map(String::trim).toArray(String[]::new)));
        }
        long version = DeltaMerge.version(context.tables(), QHybridTables.HAMILTONIAN_TERMS);
        return new Prepared(MoleculePrep.candidates(terms),
                Map.of(context.tables().qualified(QHybridTables.HAMILTONIAN_TERMS), Long.toString(version)));
    }

    @Override
    protected SubproblemKind kind(PipelineOptions options) {
        return new MoleculeKind();
    }

    @Override
    protected void finish(JobContext context, PipelineOptions options, Dataset<Row> candidates, Dataset<Row> outcomes,
            Map<String, Object> summary) {
        Map<String, Object> curve = new java.util.TreeMap<>();
        List<Row> rows = outcomes.filter(col("result").isNotNull())
                .selectExpr("subproblem.source_key", "result.objective", "result.exact_objective").collectAsList();
        for (Row r : rows) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("energy", r.isNullAt(1) ? null : r.getDouble(1));
            point.put("exact", r.isNullAt(2) ? null : r.getDouble(2));
            point.put("error_mha", r.isNullAt(1) || r.isNullAt(2) ? null
                    : Math.round((r.getDouble(1) - r.getDouble(2)) * 1e6) / 1e3);
            curve.put(r.getString(0), point);
        }
        summary.put("energy_curve_ha", curve);
    }
}
