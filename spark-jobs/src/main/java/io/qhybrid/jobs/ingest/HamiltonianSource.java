package io.qhybrid.jobs.ingest;

import static io.qhybrid.jobs.ingest.Validation.firstReason;
import static io.qhybrid.jobs.ingest.Validation.numberProblem;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.trim;

import io.qhybrid.tables.QHybridTables;
import io.qhybrid.tables.TableDefinition;
import java.io.IOException;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Qubit Hamiltonians as Pauli sums, one term a line {@code <coefficient> <word>}, the word as
 * space-separated factors {@code X0 Y1 Z3}, {@code I} or nothing for the identity, {@code #}
 * comments. The geometry id is the file name without extension. Words are stored normalised:
 * factors sorted by qubit, identity as {@code I}. Molecule, bond length and nuclear repulsion
 * come from a {@code molecules.csv} manifest beside the files when there is one. Terms with
 * the same word add up, as in any Pauli sum. Key: (geometry_id, word).
 */
final class HamiltonianSource implements IngestSource {
    static final String MANIFEST = "molecules.csv";

    @Override
    public String name() {
        return "hamiltonians";
    }

    @Override
    public String configKey() {
        return IngestOptions.HAMILTONIANS;
    }

    @Override
    public TableDefinition table() {
        return QHybridTables.HAMILTONIAN_TERMS;
    }

    @Override
    public Dataset<Row> validate(Dataset<Row> lines) {
        Dataset<Row> parsed = lines
                .withColumn("body", trim(regexp_replace(col("raw"), "#.*$", "")))
                .filter(col("body").notEqual(""))
                .withColumn("geometry_id", regexp_extract(col("file"), "^(.*?)(\\.[^.]*)?$", 1))
                .withColumn("tokens", split(col("body"), "\\s+"))
                .withColumn("f_coefficient", element_at(col("tokens"), 1))
                .withColumn("coefficient", col("f_coefficient").cast("double"))
                .withColumn("factors", expr("filter(slice(tokens, 2, size(tokens)), t -> t <> 'I')"))
                .withColumn("bad_factors", expr("filter(factors, t -> NOT t rlike '^[XYZ][0-9]{1,6}$')"))
                .withColumn("qubits", expr("transform(factors, t -> cast(substring(t, 2) AS INT))"));
        Column reason = firstReason(
                numberProblem(col("f_coefficient"), "coefficient").isNotNull(),
                numberProblem(col("f_coefficient"), "coefficient"),
                expr("exists(factors, t -> t rlike '^[A-Za-z]-')"),
                concat(lit("negative qubit index in '"), col("body"), lit("'")),
                expr("exists(bad_factors, t -> NOT t rlike '^[XYZI]')"),
                concat(lit("unknown Pauli letter in '"), expr("filter(bad_factors, t -> NOT t rlike '^[XYZI]')[0]"),
                        lit("': the letters are X, Y, Z and I")),
                expr("size(bad_factors) > 0"),
                concat(lit("malformed Pauli factor '"), element_at(col("bad_factors"), 1),
                        lit("': expected X, Y or Z followed by a qubit index, or I")),
                expr("size(array_distinct(qubits)) <> size(qubits)"),
                concat(lit("a qubit appears twice in the word '"), expr("array_join(factors, ' ')"), lit("'")));
        // a word written twice is not an error in a Pauli sum: rows() adds the coefficients up
        return parsed.withColumn("reason", reason)
                .withColumn("word", expr("CASE WHEN size(factors) = 0 THEN 'I' ELSE array_join(transform("
                        + "array_sort(transform(factors, t -> named_struct('q', cast(substring(t, 2) AS INT), "
                        + "'p', substring(t, 1, 1)))), s -> concat(s.p, s.q)), ' ') END"));
    }

    @Override
    public Dataset<Row> rows(Dataset<Row> good, String runId) {
        Dataset<Row> terms = good.groupBy("geometry_id", "word")
                .agg(sum("coefficient").as("coefficient"), min("file").as("file"), min("path").as("path"))
                .withColumn("run_id", lit(runId));
        Dataset<Row> manifest = manifest(good.sparkSession(), terms);
        Dataset<Row> joined = manifest == null
                ? terms.withColumn("molecule", regexp_extract(col("geometry_id"), "^([^-]+)", 1))
                        .withColumn("bond_length_angstrom", lit(null).cast("double"))
                        .withColumn("nuclear_repulsion_ha", lit(null).cast("double"))
                : terms.join(manifest, terms.col("file").equalTo(manifest.col("m_file")), "left")
                        .withColumn("molecule", expr("coalesce(m_molecule, regexp_extract(geometry_id, '^([^-]+)', 1))"));
        return joined.select(col("geometry_id"), col("molecule"), col("bond_length_angstrom"),
                col("nuclear_repulsion_ha"), col("word"), col("coefficient"), col("path").as("source"), col("run_id"));
    }

    /** The manifests beside the files, or null when there are none. */
    private static Dataset<Row> manifest(SparkSession spark, Dataset<Row> terms) {
        List<String> dirs = terms.select(expr("regexp_extract(path, '^(.*)/[^/]*$', 1)")).distinct()
                .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        Dataset<Row> all = null;
        for (String dir : dirs) {
            Path manifest = new Path(dir, MANIFEST);
            try {
                FileSystem fs = manifest.getFileSystem(spark.sparkContext().hadoopConfiguration());
                if (!fs.exists(manifest)) {
                    continue;
                }
            } catch (IOException e) {
                continue;
            }
            Dataset<Row> one = spark.read().option("header", "true")
                    .schema("molecule STRING, bond_length_angstrom DOUBLE, file STRING, nuclear_repulsion_ha DOUBLE, n_qubits INT")
                    .csv(manifest.toString())
                    .select(col("molecule").as("m_molecule"), col("bond_length_angstrom"),
                            regexp_extract(col("file"), "([^/]*)$", 1).as("m_file"), col("nuclear_repulsion_ha"));
            all = all == null ? one : all.unionByName(one);
        }
        return all == null ? null : all.dropDuplicates("m_file");
    }
}
