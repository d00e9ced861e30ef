package io.qhybrid.testing;

import io.qhybrid.backend.BackendFactories;
import io.qhybrid.backend.BackendFactory;
import io.qhybrid.backend.BackendConfig;
import io.qhybrid.backend.QuantumBackend;
import io.qhybrid.backend.SecretSource;
import io.qhybrid.backend.internal.EnvironmentSecrets;
import io.qhybrid.backend.ionq.IonQBackend;
import io.qhybrid.jobs.Job;
import io.qhybrid.jobs.JobRegistry;
import io.qhybrid.jobs.JobRunner;
import io.qhybrid.jobs.RunIdentity;
import io.qhybrid.jobs.config.JobConfig;
import io.qhybrid.pipelines.routing.Approval;
import io.qhybrid.pipelines.routing.ApprovalsTable;
import io.qhybrid.sampledata.EdgeList;
import io.qhybrid.tables.QHybridTables;
import io.qhybrid.tables.RunRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** Inputs, approvals and runs for pipeline tests, written straight into a test warehouse. */
public final class PipelineFixtures {
    /**
     * A backend type for tests: the IonQ client with a fixed API key instead of the environment's
     * (the emulator checks it like IonQ does). Registered once per JVM by {@link #registerIonQWithKey}.
     */
    public static final String IONQ_WITH_TEST_KEY = "ionq-test-key";

    private PipelineFixtures() {}

    /** Registers {@link #IONQ_WITH_TEST_KEY}: IonQ clients authenticating with {@code key}. */
    public static void registerIonQWithKey(String key) {
        SecretSource secrets = EnvironmentSecrets.of(Map.of(IonQBackend.KEY_NAME, key));
        BackendFactories.register(new BackendFactory() {
            @Override
            public String type() {
                return IONQ_WITH_TEST_KEY;
            }

            @Override
            public QuantumBackend create(BackendConfig config, SecretSource ignored) {
                return IonQBackend.factory().create(config, secrets);
            }
        });
    }

    /** Appends the edges of {@code graph} as graph {@code graphId} to {@code graph_edges}. */
    public static void writeGraph(QHybridTables tables, String graphId, EdgeList graph) {
        List<Row> rows = new ArrayList<>();
        for (int e = 0; e < graph.edges(); e++) {
            rows.add(RowFactory.create(graphId, graph.u(e), graph.v(e), graph.weight(e), "test", "fixture"));
        }
        append(tables, QHybridTables.GRAPH_EDGES, rows);
    }

    /** Appends rows (in the table's column order) to a table. */
    public static void append(QHybridTables tables, io.qhybrid.tables.TableDefinition table, List<Row> rows) {
        SparkSession spark = tables.spark();
        spark.createDataFrame(rows, spark.table(tables.qualified(table)).schema())
                .write().format("delta").mode("append").saveAsTable(tables.qualified(table));
    }

    /** An approval for {@code scope} valid for a day, with ample caps. */
    public static void approve(QHybridTables tables, String scope) {
        new ApprovalsTable(tables).write(new Approval("approval-" + scope, "tester", scope, 10_000_000L, 1_000.0,
                Instant.now().plus(1, ChronoUnit.DAYS)), "ionq", "test", "fixture");
    }

    /** Runs {@code job} on {@code tables} with its defaults overridden by {@code overrides}. */
    public static RunRecord run(QHybridTables tables, Path workingDir, String job, LocalDate date,
            Map<String, String> overrides) {
        return run(runner(tables, workingDir), job, date, overrides);
    }

    /** Runs {@code job} through {@code runner} with its defaults overridden by {@code overrides}. */
    public static RunRecord run(JobRunner runner, String job, LocalDate date, Map<String, String> overrides) {
        Job j = JobRegistry.standard().get(job);
        Map<String, String> values = new HashMap<>(j.defaults());
        values.putAll(overrides);
        return runner.run(j, new JobConfig(job, values), date, null);
    }

    public static JobRunner runner(QHybridTables tables, Path workingDir) {
        return new JobRunner(tables.spark(), tables, workingDir, new RunIdentity("tester", "test-version", "abc123"),
                JobRegistry.standard(), Map.of());
    }
}
