package io.qhybrid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return new GenerateCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void generatesALargeRegularGraph(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("regular.txt");
        assertThat(run("graph", "--kind", "regular", "--nodes", "20000", "--degree", "3", "--seed", "5",
                "--out", file.toString())).isEqualTo(Command.OK);
        JsonNode summary = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(summary.get("edges").asInt()).isEqualTo(30000);
        assertThat(Files.readAllLines(file).stream().filter(l -> !l.startsWith("#"))).hasSize(30000);
    }

    @Test
    void generatesALargeCommunityGraphWithRealWeights(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("community.txt");
        assertThat(run("graph", "--kind", "community", "--nodes", "50000", "--communities", "50", "--degree-in", "8",
                "--degree-out", "1", "--weights", "real:0.5:2", "--seed", "6", "--out", file.toString()))
                .isEqualTo(Command.OK);
        int edges = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).get("edges").asInt();
        assertThat(edges).isBetween(215_000, 235_000); // 50000 x (8 + 1) / 2 expected
    }

    @Test
    void generatesPricesAndAssets(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.csv");
        assertThat(run("prices", "--assets", "12", "--days", "30", "--seed", "3", "--out", file.toString()))
                .isEqualTo(Command.OK);
        assertThat(Files.readAllLines(dir.resolve("assets.csv"))).hasSize(13);
        assertThat(Files.readAllLines(file).get(0)).isEqualTo("date,asset_id,sector,close");
    }

    @Test
    void generatesH2Files(@TempDir Path dir) throws Exception {
        assertThat(run("h2", "--bonds", "0.5:1.0:0.25", "--out", dir.toString())).isEqualTo(Command.OK);
        assertThat(dir.resolve("h2-0.750.txt")).exists();
        assertThat(Files.readAllLines(dir.resolve("molecules.csv"))).hasSize(4);
    }

    @Test
    void badUsageExitsWithTwoAndExplains(@TempDir Path dir) throws Exception {
        assertThat(run("graph", "--kind", "star", "--nodes", "10", "--out", dir.resolve("x").toString()))
                .isEqualTo(Command.BAD_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Invalid --kind 'star'");
        assertThat(run("graph", "--kind", "regular", "--nodes", "9", "--degree", "3", "--out", dir.resolve("x").toString()))
                .isEqualTo(Command.BAD_USAGE);
        assertThat(run("prices")).isEqualTo(Command.BAD_USAGE);
        assertThat(run()).isEqualTo(Command.BAD_USAGE);
        assertThat(run("h2", "--bonds", "x", "--out", dir.toString())).isEqualTo(Command.BAD_USAGE);
    }
}
