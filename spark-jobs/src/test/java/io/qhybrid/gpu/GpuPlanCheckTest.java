package io.qhybrid.gpu;

import static org.apache.spark.sql.functions.callUDF;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.qhybrid.pipelines.maxcut.MaxCutPrep;
import io.qhybrid.pipelines.portfolio.PortfolioPrep;
import io.qhybrid.testing.LocalSpark;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prep plans checked by the RAPIDS Accelerator's own planner, on CPU. */
class GpuPlanCheckTest {
    @TempDir
    static Path dir;

    static SparkSession spark;
    static GpuPlanCheck check;
    static Dataset<Row> prices;

    @BeforeAll
    static void start() {
        check = new GpuPlanCheck(RapidsJar.fetch());
        spark = LocalSpark.start(dir.resolve("warehouse"));
        // a parquet-backed price table, as prep reads in production (a file scan, not a local relation)
        StructType schema = new StructType().add("date", DataTypes.DateType).add("asset_id", DataTypes.StringType)
                .add("sector", DataTypes.StringType).add("close", DataTypes.DoubleType);
        List<Row> rows = new ArrayList<>();
        for (int d = 0; d < 30; d++) {
            for (int a = 0; a < 6; a++) {
                rows.add(RowFactory.create(java.sql.Date.valueOf(LocalDate.of(2024, 1, 1).plusDays(d)), "A" + a,
                        a < 3 ? "tech" : "energy", 100 + a + Math.sin(d * (a + 1))));
            }
        }
        spark.createDataFrame(rows, schema).write().parquet(dir.resolve("prices").toString());
        prices = spark.read().parquet(dir.resolve("prices").toString());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** The portfolio job's whole prep, as the job builds it. */
    private static Dataset<Row> portfolioPrep() {
        return PortfolioPrep.candidates(prices, LocalDate.of(2023, 12, 1), LocalDate.of(2024, 2, 1), 2, 10);
    }

    @Test
    void portfolioPrepRunsEntirelyOnTheGpu() {
        List<PlanVerdict> verdicts = check.verdicts(portfolioPrep());
        assertThat(verdicts).anyMatch(v -> v.name().equals("WindowExec") && v.onGpu());
        assertThat(GpuPlanCheck.blockers(verdicts)).isEmpty();
    }

    @Test
    void maxCutPrepRunsEntirelyOnTheGpu() {
        StructType schema = new StructType().add("graph_id", DataTypes.StringType).add("u", DataTypes.IntegerType)
                .add("v", DataTypes.IntegerType).add("weight", DataTypes.DoubleType);
        List<Row> rows = new ArrayList<>();
        for (int u = 0; u < 40; u++) {
            rows.add(RowFactory.create("ring", u, (u + 1) % 40 == 0 ? 40 : u + 1, 1.0));
        }
        spark.createDataFrame(rows, schema).write().parquet(dir.resolve("edges").toString());
        Dataset<Row> edges = spark.read().parquet(dir.resolve("edges").toString());
        Dataset<Row> subgraphs = MaxCutPrep.subgraphs(edges, MaxCutPrep.blocks(edges, 12));
        assertThat(GpuPlanCheck.blockers(check.verdicts(subgraphs))).isEmpty();
        // 41 nodes in blocks of at most 12: 12 + 12 + 12 + 5, a path's 40 edges split 11 + 11 + 11 + 4 inside
        assertThat(subgraphs.orderBy("block").collectAsList()).extracting(r -> r.getLong(r.fieldIndex("node_count")))
                .containsExactly(12L, 12L, 12L, 5L);
        assertThat(subgraphs.orderBy("block").collectAsList()).extracting(r -> r.getDouble(r.fieldIndex("internal_weight")))
                .containsExactly(11.0, 11.0, 11.0, 4.0);
        // the job's whole prep, scores and shortlist included
        Dataset<Row> candidates = MaxCutPrep.candidates(edges, 12, 2);
        assertThat(GpuPlanCheck.blockers(check.verdicts(candidates))).isEmpty();
        // a path block of 12: alternating sides cut all 11 edges, halves cut 1; the score is their disagreement
        Row first = candidates.filter("block = 0").head();
        assertThat(first.getDouble(first.fieldIndex("parity_cut"))).isEqualTo(11.0);
        assertThat(first.getDouble(first.fieldIndex("half_cut"))).isEqualTo(1.0);
        assertThat(first.getDouble(first.fieldIndex("classical_score"))).isCloseTo(10.0 / 11, within(1e-12));
        assertThat(candidates.filter("shortlisted").count()).isEqualTo(2);
    }

    @Test
    void moleculePrepRunsEntirelyOnTheGpu() {
        StructType schema = new StructType().add("geometry_id", DataTypes.StringType).add("molecule", DataTypes.StringType)
                .add("bond_length_angstrom", DataTypes.DoubleType).add("nuclear_repulsion_ha", DataTypes.DoubleType)
                .add("word", DataTypes.StringType).add("coefficient", DataTypes.DoubleType);
        List<Row> rows = List.of(RowFactory.create("g", "H2", 0.7, 0.7, "I", -1.0),
                RowFactory.create("g", "H2", 0.7, 0.7, "Z0", 0.4), RowFactory.create("g", "H2", 0.7, 0.7, "X0 X3", 0.2));
        spark.createDataFrame(rows, schema).write().parquet(dir.resolve("terms").toString());
        Dataset<Row> candidates = io.qhybrid.pipelines.molecule.MoleculePrep.candidates(
                spark.read().parquet(dir.resolve("terms").toString()));
        assertThat(GpuPlanCheck.blockers(check.verdicts(candidates))).isEmpty();
        Row g = candidates.head();
        assertThat(g.getInt(g.fieldIndex("size"))).isEqualTo(4); // X3 names qubit 3
        assertThat(g.getInt(g.fieldIndex("circuits"))).isEqualTo(2);
    }

    @Test
    void aJavaUdfInPrepIsCaught() {
        spark.udf().register("twice", (UDF1<Double, Double>) x -> 2 * x, DataTypes.DoubleType);
        Dataset<Row> withUdf = portfolioPrep().withColumn("n", callUDF("twice", col("sector").cast("double")));
        List<PlanVerdict> blockers = GpuPlanCheck.blockers(check.verdicts(withUdf));
        assertThat(blockers).isNotEmpty();
        assertThat(blockers).anyMatch(v -> v.name().equals("ScalaUDF"));
    }

    @Test
    void parsesTheThreeMarks() {
        String text = "!Exec <ProjectExec> cannot run on GPU because not all expressions can be replaced\n"
                + "  ! <ScalaUDF> twice(x) cannot run on GPU because neither UDF implemented by class X provides a GPU implementation\n"
                + "  @Expression <AttributeReference> x#1 could run on GPU\n"
                + "  *Exec <LocalTableScanExec> will run on GPU\n";
        List<PlanVerdict> verdicts = GpuPlanCheck.parse(text);
        assertThat(verdicts).extracting(PlanVerdict::name)
                .containsExactly("ProjectExec", "ScalaUDF", "AttributeReference", "LocalTableScanExec");
        assertThat(verdicts).extracting(PlanVerdict::onGpu).containsExactly(false, false, true, true);
        assertThat(verdicts).extracting(PlanVerdict::exec).containsExactly(true, false, false, true);
        assertThat(verdicts.get(1).detail()).contains("provides a GPU implementation");
        assertThat(GpuPlanCheck.blockers(verdicts)).extracting(PlanVerdict::name).containsExactly("ProjectExec", "ScalaUDF");

        List<PlanVerdict> scans = GpuPlanCheck.parse(
                "*Exec <FilterExec> will run on GPU\n"
                + "  !Exec <FileSourceScanExec> cannot run on GPU because unsupported file format: "
                + "org.apache.spark.sql.delta.DeltaParquetFileFormat\n"
                + "  !Exec <FileSourceScanExec> cannot run on GPU because unsupported file format: com.example.Odd\n");
        assertThat(GpuPlanCheck.blockers(scans)).extracting(PlanVerdict::detail)
                .containsExactly("cannot run on GPU because unsupported file format: com.example.Odd");
    }
}
