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

    /** Creates the database and the core tables where missing. */
    public QHybridTables ensureCore() {
        spark.sql("CREATE DATABASE IF NOT EXISTS " + database);
        CORE.forEach(this::ensure);
        return this;
    }

    public void ensure(TableDefinition table) {
        spark.sql(table.createStatement(database));
    }
}
