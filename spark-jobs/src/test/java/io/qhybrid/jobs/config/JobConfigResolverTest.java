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
        assertThat(registry.all().keySet()).containsExactly("ingest", "nightly");
        assertThat(registry.get("ingest").defaults()).isEqualTo(Map.of(
                "inputs.prices", "sample-data/prices/prices.csv",
                "inputs.graphs", "sample-data/graphs/*.txt",
                "inputs.hamiltonians", "sample-data/molecules/*.txt",
                "rejects.max-fraction", "0.05"));
        assertThat(registry.get("nightly").defaults()).isEqualTo(Map.of("steps", "ingest"));
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
