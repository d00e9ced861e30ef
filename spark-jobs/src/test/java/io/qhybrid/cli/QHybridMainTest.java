package io.qhybrid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Usage errors end with exit code 2 and one line naming the problem, before any Spark session starts. */
class QHybridMainTest {
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
    void unknownJob() {
        assertThat(run("run", "nightlyy")).isEqualTo(2);
        assertThat(err()).contains("Invalid job 'nightlyy'").contains("Known jobs: ingest, portfolio, maxcut, molecule, collect, nightly");
        assertThat(out.size()).isZero();
    }

    @Test
    void badDate() {
        assertThat(run("run", "ingest", "--date", "2026-13-40")).isEqualTo(2);
        assertThat(err()).contains("--date").contains("YYYY-MM-DD");
    }

    @Test
    void unknownConfigKeyForAStep() {
        assertThat(run("run", "nightly", "--set", "ingest.rejects.nope=1")).isEqualTo(2);
        assertThat(err()).contains("rejects.nope").contains("Known keys");
    }

    @Test
    void unreadableInput() {
        assertThat(run("run", "ingest", "--set", "inputs.prices=/no/such/prices.csv")).isEqualTo(2);
        assertThat(err()).contains("inputs.prices").contains("No readable file");
    }

    @Test
    void unknownOptionAndCommand() {
        assertThat(run("run", "ingest", "--dat", "2026-01-01")).isEqualTo(2);
        assertThat(err()).contains("--dat");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("unknown command 'frobnicate'");
    }

    @Test
    void helpListsCommands() {
        assertThat(run("help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("run <job>").contains("sql").contains("exit codes");
    }
}
