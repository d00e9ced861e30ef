package io.qhybrid.pipelines.molecule;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The molecule pipeline's prep, in DataFrame operations only: the terms of each geometry's
 * Hamiltonian gathered into one row, its width (highest qubit named + 1) and the number of
 * non-identity words (an upper bound on the measurement circuits a QPU would need).
 */
public final class MoleculePrep {
    private MoleculePrep() {}

    public static Dataset<Row> candidates(Dataset<Row> terms) {
        Dataset<Row> widths = terms.select(col("geometry_id"), explode(split(col("word"), " ")).as("token"))
                .filter(col("token").notEqual("I").and(col("token").notEqual("")))
                .groupBy("geometry_id")
                .agg(max(substring(col("token"), 2, 10).cast("int")).as("top_qubit"));
        Dataset<Row> grouped = terms.groupBy("geometry_id")
                .agg(first("molecule").as("molecule"), first("bond_length_angstrom").as("bond_length_angstrom"),
                        first("nuclear_repulsion_ha").as("nuclear_repulsion_ha"),
                        sort_array(collect_list(struct(col("word"), col("coefficient")))).as("terms"),
                        count(when(col("word").notEqual("I"), lit(1))).as("words"));
        return grouped.join(widths, new String[] {"geometry_id"}, "left")
                .withColumn("size", when(col("top_qubit").isNull(), lit(1)).otherwise(col("top_qubit").plus(1)).cast("int"))
                .withColumn("subproblem_id", concat(lit("molecule:"), col("geometry_id")))
                .withColumn("source_key", col("geometry_id"))
                .withColumn("classical_score", lit(null).cast("double"))
                .withColumn("shortlisted", lit(true))
                .withColumn("circuits", when(col("words").lt(1), lit(1)).otherwise(col("words")).cast("int"));
    }
}
