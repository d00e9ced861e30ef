package io.qhybrid.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qhybrid.jobs.config.JobConfigResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunPlannerTest {
    @TempDir
    Path dir;

    private RunPlanner planner() {
        return new RunPlanner(JobRegistry.standard(), new JobConfigResolver(dir), dir);
    }

    @Test
    void stepKeysGoToTheirStepWithoutThePrefix() throws Exception {
        Files.writeString(dir.resolve("p.csv"), "date,asset_id,sector,close\n");
        RunPlanner.Plan plan = planner().plan(JobRegistry.standard().get("nightly"), null, Map.of(
                "steps", "ingest",
                "ingest.rejects.max-fraction", "0.2",
                "ingest.inputs.prices", "p.csv",
                "ingest.inputs.graphs", "",
                "ingest.inputs.hamiltonians", ""));
        assertThat(plan.config().values()).isEqualTo(Map.of("steps", "ingest"));
        assertThat(plan.steps()).containsOnlyKeys("ingest");
        assertThat(plan.steps().get("ingest").get("rejects.max-fraction")).isEqualTo("0.2");
        assertThat(plan.steps().get("ingest").get("inputs.prices")).isEqualTo("p.csv");
    }

    @Test
    void anOrdinaryJobTakesDottedKeysAsItsOwn() {
        assertThatThrownBy(() -> planner().plan(JobRegistry.standard().get("ingest"), null,
                Map.of("ingest.rejects.max-fraction", "0.2")))
                .hasMessageContaining("'ingest.rejects.max-fraction'").hasMessageContaining("Known keys");
    }

    @Test
    void everyStepIsCheckedBeforeAnythingRuns() {
        assertThatThrownBy(() -> planner().plan(JobRegistry.standard().get("nightly"), null,
                Map.of("ingest.inputs.prices", "missing.csv")))
                .hasMessageContaining("inputs.prices").hasMessageContaining("No readable file");
        assertThatThrownBy(() -> planner().plan(JobRegistry.standard().get("nightly"), null, Map.of("steps", "nope,ingest")))
                .hasMessageContaining("Invalid job 'nope'");
    }
}
