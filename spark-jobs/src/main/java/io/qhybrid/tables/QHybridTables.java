package io.qhybrid.tables;

import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The Delta tables of one QHybrid database (default {@code qhybrid}): their definitions in one
 * place, creation, and qualified names. Every row of every table carries {@code run_id}.
 */
public final class QHybridTables {
    public static final String DEFAULT_DATABASE = "qhybrid";

    public static final TableDefinition RUNS = new TableDefinition("runs",
            "run_id STRING NOT NULL, parent_run_id STRING, job STRING NOT NULL, run_date DATE NOT NULL, "
                    + "status STRING NOT NULL, started_at TIMESTAMP, finished_at TIMESTAMP, submitter STRING, "
                    + "version STRING, git_commit STRING, config_json STRING, config_hash STRING, "
                    + "spark_app_id STRING, input_versions MAP<STRING, STRING>, summary_json STRING, message STRING",
            List.of("run_id"), "run_date", "One row per job run, written at start and at finish");

    public static final TableDefinition REJECTS = new TableDefinition("rejects",
            "run_id STRING NOT NULL, job STRING NOT NULL, run_date DATE NOT NULL, source STRING NOT NULL, "
                    + "record_key STRING NOT NULL, raw_record STRING, reason STRING NOT NULL, rejected_at TIMESTAMP",
            List.of("run_date", "job", "source", "record_key"), "run_date",
            "One row per bad input record, with the reason it was refused");

    public static final TableDefinition PRICES = new TableDefinition("prices",
            "date DATE NOT NULL, asset_id STRING NOT NULL, sector STRING NOT NULL, close DOUBLE NOT NULL, "
                    + "source STRING, run_id STRING NOT NULL",
            List.of("date", "asset_id"), null, "Daily close prices, one row per asset and date");

    public static final TableDefinition GRAPH_EDGES = new TableDefinition("graph_edges",
            "graph_id STRING NOT NULL, u INT NOT NULL, v INT NOT NULL, weight DOUBLE NOT NULL, "
                    + "source STRING, run_id STRING NOT NULL",
            List.of("graph_id", "u", "v"), null, "Weighted undirected edges, u < v, one row per edge");

    public static final TableDefinition HAMILTONIAN_TERMS = new TableDefinition("hamiltonian_terms",
            "geometry_id STRING NOT NULL, molecule STRING, bond_length_angstrom DOUBLE, nuclear_repulsion_ha DOUBLE, "
                    + "word STRING NOT NULL, coefficient DOUBLE NOT NULL, source STRING, run_id STRING NOT NULL",
            List.of("geometry_id", "word"), null,
            "Qubit Hamiltonians as Pauli sums, one row per term; word 'I' is the identity");

    private static final String LINEAGE = "encoding STRING, encoding_version STRING, model_digest STRING, "
            + "config_hash STRING, input_versions MAP<STRING, STRING>, submitter STRING";

    public static final TableDefinition SUBPROBLEMS = new TableDefinition("subproblems",
            "run_id STRING NOT NULL, run_date DATE NOT NULL, job STRING NOT NULL, subproblem_id STRING NOT NULL, "
                    + "kind STRING NOT NULL, source_key STRING, size INT NOT NULL, size_class STRING NOT NULL, "
                    + "classical_score DOUBLE, shortlisted BOOLEAN NOT NULL, tier STRING, route_reason STRING NOT NULL, "
                    + "approval_id STRING, estimated_cost DOUBLE, model_text STRING, " + LINEAGE
                    + ", recorded_at TIMESTAMP",
            List.of("run_date", "job", "subproblem_id"), "run_date",
            "One row per candidate subproblem: its model, score and tier decision with the reason");

    public static final TableDefinition QUANTUM_JOBS = new TableDefinition("quantum_jobs",
            "run_id STRING NOT NULL, run_date DATE NOT NULL, job STRING NOT NULL, subproblem_id STRING NOT NULL, "
                    + "attempt INT NOT NULL, backend STRING NOT NULL, provider STRING, served_by STRING, "
                    + "provider_job_id STRING, idempotency_key STRING NOT NULL, circuit_digest STRING, circuit_qasm STRING, "
                    + "num_qubits INT, shots INT, status STRING NOT NULL, fallback_reason STRING, trail STRING, "
                    + "queue_ms BIGINT, exec_ms BIGINT, total_ms BIGINT, error STRING, calibration_json STRING, "
                    + "cost DOUBLE, cost_unit STRING, approval_id STRING, cluster_share STRING, submitted_at TIMESTAMP, "
                    + "deadline_at TIMESTAMP, updated_at TIMESTAMP",
            List.of("run_date", "job", "subproblem_id", "attempt"), "run_date",
            "One row per backend submission: provider job, idempotency key, circuit, shots, status, timings, cost");

    public static final TableDefinition RESULTS = new TableDefinition("results",
            "run_id STRING NOT NULL, run_date DATE NOT NULL, job STRING NOT NULL, subproblem_id STRING NOT NULL, "
                    + "kind STRING NOT NULL, size INT NOT NULL, size_class STRING NOT NULL, status STRING NOT NULL, "
                    + "routed_tier STRING NOT NULL, tier STRING, backend STRING, method STRING, fallback_reason STRING, "
                    + "best_bitstring STRING, objective DOUBLE, feasible BOOLEAN, exact_objective DOUBLE, "
                    + "annealing_objective DOUBLE, greedy_objective DOUBLE, reference_objective DOUBLE, "
                    + "approximation_ratio DOUBLE, annealing_ratio DOUBLE, greedy_ratio DOUBLE, exact_simulator_objective DOUBLE, exact_simulator_difference DOUBLE, "
                    + "counts MAP<STRING, BIGINT>, shots INT, solve_ms BIGINT, quantum_ms BIGINT, circuit_digest STRING, "
                    + "approval_id STRING, detail_json STRING, " + LINEAGE + ", updated_at TIMESTAMP",
            List.of("run_date", "job", "subproblem_id"), "run_date",
            "One row per shortlisted subproblem: tier used, best sample, objective, baselines, approximation ratio");

    public static final TableDefinition BENCHMARKS = new TableDefinition("benchmarks",
            "run_id STRING NOT NULL, run_date DATE NOT NULL, job STRING NOT NULL, method STRING NOT NULL, "
                    + "size_class STRING NOT NULL, subproblems BIGINT NOT NULL, mean_ratio DOUBLE, min_ratio DOUBLE, "
                    + "mean_objective DOUBLE, total_ms BIGINT, mean_ms DOUBLE, cost DOUBLE, config_hash STRING, "
                    + "recorded_at TIMESTAMP",
            List.of("run_date", "job", "method", "size_class"), "run_date",
            "Quality, runtime and cost per run, method and size class, against the classical baselines");

    public static final TableDefinition APPROVALS = new TableDefinition("approvals",
            "approval_id STRING NOT NULL, approver STRING NOT NULL, scope STRING NOT NULL, backend STRING, "
                    + "max_shots BIGINT NOT NULL, max_cost DOUBLE NOT NULL, expires_at TIMESTAMP NOT NULL, reason STRING, "
                    + "run_id STRING NOT NULL, created_at TIMESTAMP",
            List.of("approval_id"), null,
            "Who allowed QPU use, for which scope, within which shot and cost caps, until when");

    /** The tables the pipelines write. */
    public static final List<TableDefinition> PIPELINE =
            List.of(SUBPROBLEMS, QUANTUM_JOBS, RESULTS, BENCHMARKS, APPROVALS);

    /** Tables the foundation creates; pipelines add theirs through {@link #ensure(TableDefinition)}. */
    public static final List<TableDefinition> CORE = List.of(RUNS, REJECTS, PRICES, GRAPH_EDGES, HAMILTONIAN_TERMS);

    private final SparkSession spark;
    private final String database;

    public QHybridTables(SparkSession spark, String database) {
        this.spark = spark;
        this.database = database;
    }

    public SparkSession spark() {
        return spark;
    }

    public String database() {
        return database;
    }

    public String qualified(TableDefinition table) {
        return database + "." + table.name();
    }

    /** Creates the database and every table where missing. */
    public QHybridTables ensureAll() {
        spark.sql("CREATE DATABASE IF NOT EXISTS " + database);
        CORE.forEach(this::ensure);
        PIPELINE.forEach(this::ensure);
        return this;
    }

    public void ensure(TableDefinition table) {
        spark.sql(table.createStatement(database));
    }
}
