package io.qhybrid.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checked-in generated files are exactly what the generators produce today. */
class SampleDataSetTest {
    @Test
    void regeneratingGivesTheCheckedInBytes(@TempDir Path dir) throws IOException {
        SampleDataSet.writeAll(dir);
        Path checkedIn = SampleDataFiles.root();
        List<Path> generated;
        try (Stream<Path> files = Files.walk(dir)) {
            generated = files.filter(Files::isRegularFile).toList();
        }
        assertThat(generated).hasSizeGreaterThan(20);
        for (Path file : generated) {
            Path relative = dir.relativize(file);
            assertThat(Files.mismatch(file, checkedIn.resolve(relative.toString())))
                    .as("%s differs from the checked-in copy; rerun generate all", relative).isEqualTo(-1L);
        }
    }

    @Test
    void checkedInFilesStayWithinTheirSizeBudgets() throws IOException {
        Path root = SampleDataFiles.root();
        assertThat(Files.size(root.resolve("prices/prices.csv"))).isLessThan(6L << 20);
        assertThat(Files.size(root.resolve("graphs/community-2000.txt"))).isLessThan(1L << 20);
    }

    @Test
    void manifestsListEveryFile() throws IOException {
        Path root = SampleDataFiles.root();
        List<String> graphs = Files.readAllLines(root.resolve("graphs/graphs.csv"));
        assertThat(graphs.get(0)).isEqualTo("graph_id,file,kind,nodes,edges,seed");
        for (String row : graphs.subList(1, graphs.size())) {
            String[] f = row.split(",");
            List<String> lines = Files.readAllLines(root.resolve("graphs").resolve(f[1]));
            assertThat(lines.stream().filter(l -> !l.startsWith("#")).count()).as(f[1]).isEqualTo(Long.parseLong(f[4]));
        }
        List<String> molecules = Files.readAllLines(root.resolve("molecules/molecules.csv"));
        assertThat(molecules.get(0)).isEqualTo("molecule,bond_length_angstrom,file,nuclear_repulsion_ha,n_qubits");
        assertThat(molecules).hasSize(17);
        for (String row : molecules.subList(1, molecules.size())) {
            assertThat(root.resolve("molecules").resolve(row.split(",")[2])).exists();
        }
    }
}
