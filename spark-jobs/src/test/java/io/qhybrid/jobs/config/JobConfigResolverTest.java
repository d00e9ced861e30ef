package io.qhybrid.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridException;
import io.qhybrid.jobs.JobRegistry;
import io.qhybrid.jobs.ingest.IngestOptions;
import io.qhybrid.jobs.nightly.NightlyJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobConfigResolverTest {
    @TempDir
    Path dir;

    @Test
    void pinsEveryBuiltInDefault() {
        JobRegistry registry = JobRegistry.standard();
        assertThat(registry.all().keySet())
                .containsExactly("ingest", "portfolio", "maxcut", "molecule", "collect", "nightly");
        assertThat(registry.get("ingest").defaults()).isEqualTo(Map.of(
                "inputs.prices", "sample-data/prices/prices.csv",
                "inputs.graphs", "sample-data/graphs/*.txt",
                "inputs.hamiltonians", "sample-data/molecules/*.txt",
                "rejects.max-fraction", "0.05"));
        assertThat(registry.get("nightly").defaults()).isEqualTo(Map.of("steps", "ingest, portfolio, maxcut, molecule"));
        Map<String, String> shared = new java.util.TreeMap<>();
        String[] pairs = {
            "execution.partitions", "0", "seed", "2026", "routing.exact-max-variables", "8",
            "routing.simulator-max-qubits", "20", "qaoa.layers", "2", "qaoa.starts", "2", "qaoa.max-evaluations", "150",
            "qaoa.shots", "1000", "vqe.depth", "2", "vqe.starts", "2", "vqe.max-evaluations", "500",
            "simulator.backend", "statevector", "simulator.noise-file", "", "baselines.exact-max-variables", "24",
            "baselines.annealing-sweeps", "400", "baselines.annealing-restarts", "4", "qpu.enabled", "false",
            "qpu.backend", "ionq", "qpu.endpoint", "http://127.0.0.1:8765", "qpu.device", "simulator", "qpu.shots", "500",
            "qpu.max-cost", "50", "qpu.max-shots", "200000", "qpu.rate", "5", "qpu.wait-seconds", "120",
            "qpu.collect-deadline-hours", "24"};
        for (int i = 0; i < pairs.length; i += 2) {
            shared.put(pairs[i], pairs[i + 1]);
        }
        assertThat(registry.get("collect").defaults()).isEqualTo(shared);
        Map<String, String> portfolio = new java.util.TreeMap<>(shared);
        portfolio.putAll(Map.of("dry-run", "false", "portfolio.lookback-days", "365", "portfolio.per-sector", "12",
                "portfolio.min-observations", "120", "portfolio.k", "4", "portfolio.risk-aversion", "2.0"));
        assertThat(registry.get("portfolio").defaults()).isEqualTo(portfolio);
        Map<String, String> maxcut = new java.util.TreeMap<>(shared);
        maxcut.putAll(Map.of("dry-run", "false", "maxcut.graphs", "*", "maxcut.max-nodes", "12",
                "maxcut.shortlist-per-graph", "6"));
        assertThat(registry.get("maxcut").defaults()).isEqualTo(maxcut);
        Map<String, String> molecule = new java.util.TreeMap<>(shared);
        molecule.putAll(Map.of("dry-run", "false", "molecule.geometries", "*", "routing.exact-max-variables", "0"));
        assertThat(registry.get("molecule").defaults()).isEqualTo(molecule);
    }

    @Test
    void pinsEveryKeyMapping() {
        assertThat(List.of(IngestOptions.PRICES, IngestOptions.GRAPHS, IngestOptions.HAMILTONIANS,
                IngestOptions.MAX_REJECT_FRACTION))
                .containsExactly("inputs.prices", "inputs.graphs", "inputs.hamiltonians", "rejects.max-fraction");
        assertThat(NightlyJob.STEPS).isEqualTo("steps");
    }

    @Test
    void shippedJobFilesOnlyUseKnownKeys() {
        Path jobs = Path.of(System.getProperty("qhybrid.home", "..")).resolve("conf/jobs");
        JobConfigResolver resolver = new JobConfigResolver(jobs);
        JobRegistry.standard().all().forEach((name, job) ->
                assertThat(resolver.resolve(name, job.defaults(), null, Map.of()).values()).containsOnlyKeys(job.defaults().keySet()));
    }

    @Test
    void precedenceIsSetThenFileThenDefaults() throws IOException {
        Files.writeString(dir.resolve("ingest.yaml"), "inputs:\n  prices: from-file.csv\n  graphs: from-file/*.txt\n");
        JobConfig config = new JobConfigResolver(dir).resolve("ingest", IngestOptions.DEFAULTS, null,
                Map.of("inputs.graphs", "from-set/*.txt"));
        assertThat(config.get("inputs.prices")).isEqualTo("from-file.csv");
        assertThat(config.get("inputs.graphs")).isEqualTo("from-set/*.txt");
        assertThat(config.get("inputs.hamiltonians")).isEqualTo("sample-data/molecules/*.txt");
        assertThat(config.getDouble("rejects.max-fraction")).isEqualTo(0.05);
    }

    @Test
    void missingDefaultJobFileMeansDefaults() {
        JobConfig config = new JobConfigResolver(dir).resolve("ingest", IngestOptions.DEFAULTS, null, Map.of());
        assertThat(config.values()).isEqualTo(IngestOptions.DEFAULTS);
    }

    @Test
    void unknownKeyIsRefusedWithTheKnownKeys() throws IOException {
        Files.writeString(dir.resolve("ingest.yaml"), "rejects:\n  max-fractoin: 0.1\n");
        assertThatThrownBy(() -> new JobConfigResolver(dir).resolve("ingest", IngestOptions.DEFAULTS, null, Map.of()))
                .isInstanceOf(QHybridException.class)
                .hasMessageContaining("rejects.max-fractoin")
                .hasMessageContaining("rejects.max-fraction");
        assertThatThrownBy(() -> new JobConfigResolver(dir).resolve("nightly", Map.of("steps", "ingest"), null,
                Map.of("step", "x")))
                .hasMessageContaining("'step'").hasMessageContaining("--set");
    }

    @Test
    void malformedYamlIsAUserErrorNamingTheFile() throws IOException {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "inputs:\n  prices: [unclosed\n");
        assertThatThrownBy(() -> new JobConfigResolver(dir).resolve("ingest", IngestOptions.DEFAULTS, file, Map.of()))
                .isInstanceOfSatisfying(QHybridException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.USER_ERROR))
                .hasMessageContaining("broken.yaml").hasMessageContaining("malformed YAML");
    }

    @Test
    void missingExplicitFileIsRefused() {
        assertThatThrownBy(() -> new JobConfigResolver(dir).resolve("ingest", IngestOptions.DEFAULTS,
                dir.resolve("nope.yaml"), Map.of()))
                .hasMessageContaining("nope.yaml").hasMessageContaining("No such file");
    }

    @Test
    void setNeedsKeyEqualsValue() {
        assertThat(JobConfigResolver.parseOverrides(List.of("a.b=1", "c= x=y "))).containsEntry("a.b", "1").containsEntry("c", "x=y");
        assertThatThrownBy(() -> JobConfigResolver.parseOverrides(List.of("novalue")))
                .hasMessageContaining("--set key=value");
    }

    @Test
    void hashFollowsCanonicalJson() {
        JobConfig a = new JobConfig("j", Map.of("b", "2", "a", "1"));
        JobConfig b = new JobConfig("j", Map.of("a", "1", "b", "2"));
        assertThat(a.toJson()).isEqualTo("{\"a\":\"1\",\"b\":\"2\"}");
        assertThat(a.hash()).isEqualTo(b.hash()).hasSize(64);
        assertThat(new JobConfig("j", Map.of("a", "1", "b", "3")).hash()).isNotEqualTo(a.hash());
    }

    @Test
    void typedGettersNameTheKeyOnBadValues() {
        JobConfig config = new JobConfig("ingest", Map.of("x", "abc", "y", "NaN"));
        assertThatThrownBy(() -> config.getDouble("x")).hasMessageContaining("'x'").hasMessageContaining("finite number");
        assertThatThrownBy(() -> config.getDouble("y")).hasMessageContaining("'y'");
        assertThatThrownBy(() -> config.get("z")).hasMessageContaining("Missing config key 'z'");
    }
}
