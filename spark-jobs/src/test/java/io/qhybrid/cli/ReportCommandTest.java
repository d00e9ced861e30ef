package io.qhybrid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Usage errors of {@code report} end with exit code 2 before a Spark session starts. This JVM has
 * no {@code spark.master}: had the command reached {@code getOrCreate()}, it would have failed
 * with exit code 1 instead.
 */
class ReportCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return QHybridMain.execute(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMissingRunIsBadUsageThatSaysHowToListRuns() {
        assertThat(run("report")).isEqualTo(2);
        assertThat(err()).contains("qhybrid report <run_id|latest> [--out DIR]")
                .contains("SELECT run_id, job, run_date, status FROM qhybrid.runs ORDER BY started_at DESC LIMIT 10");
        assertThat(out.size()).isZero();
    }

    @Test
    void twoRunsOrAnUnknownOptionAreBadUsage() {
        assertThat(run("report", "latest", "20261124-nightly-x")).isEqualTo(2);
        assertThat(run("report", "latest", "--output", "x")).isEqualTo(2);
        assertThat(err()).contains("--output").contains("--out VALUE");
        assertThat(run("report", "latest", "--out")).isEqualTo(2);
        assertThat(out.size()).isZero();
    }

    @Test
    void anOutputThatIsAFileIsBadUsage(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("report.txt"), "not a directory");
        assertThat(run("report", "latest", "--out", file.toString())).isEqualTo(2);
        assertThat(err()).contains("--out").contains("give a directory");
    }

    @Test
    void helpListsTheCommand() {
        assertThat(run("help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("report <run_id|latest> [--out DIR]");
        assertThat(run("help", "report")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("reports/<run_id>/").contains("latest");
    }
}
