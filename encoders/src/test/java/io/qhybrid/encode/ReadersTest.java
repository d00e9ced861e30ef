package io.qhybrid.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.InputException;
import io.qhybrid.model.PauliSum;
import io.qhybrid.model.PauliWord;
import io.qhybrid.model.PortfolioProblem;
import io.qhybrid.model.WeightedGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadersTest {
    @Test
    void readsGraphWithCommentsAndDefaultWeights(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("g.txt");
        Files.writeString(file, "# triangle\n0 1\n1 2 2.5   # heavy\n\n2 0 -1\n");
        WeightedGraph graph = WeightedGraphReader.read(file);
        assertThat(graph.numNodes()).isEqualTo(3);
        assertThat(graph.edgeCount()).isEqualTo(3);
        assertThat(graph.totalWeight()).isEqualTo(2.5);
        assertThat(graph.cutValue("001")).isEqualTo(1.0 - 1.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "0 1/1 x/|2|node 'x'",
        "0 1//# c/1 2 abc/|4|weight 'abc'",
        "0 1/-1 2/|2|node '-1'",
        "0 1 1 1/|1|4 fields",
        "7/|1|1 fields",
        "3 3/|1|self-loop"})
    void malformedGraphLineIsReportedWithItsNumber(String text, int line, String fragment) {
        assertThatThrownBy(() -> WeightedGraphReader.parse(text.replace('/', '\n'), "graph.txt"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.source()).isEqualTo("graph.txt");
                    assertThat(e.kind()).isEqualTo(ErrorKind.USER_ERROR);
                })
                .hasMessageStartingWith("graph.txt:" + line)
                .hasMessageContaining(fragment);
    }

    @Test
    void missingFileNamesTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.txt");
        assertThatThrownBy(() -> WeightedGraphReader.read(missing))
                .isInstanceOf(InputException.class).hasMessageContaining("nope.txt").hasMessageContaining("not found");
    }

    @Test
    void readsPauliSum() {
        PauliSum sum = PauliSumReader.parse("# H2\n-1.05 I\n0.39 Z0\n-0.39 Z1\n0.18 X0 X1\n2.0\n0.5 Z1 Y0\n", "h2.txt");
        assertThat(sum.numQubits()).isEqualTo(2);
        assertThat(sum.coefficientOf(PauliWord.identity())).isEqualTo(-1.05 + 2.0);
        assertThat(sum.coefficientOf(PauliWord.parse("Y0 Z1"))).isEqualTo(0.5);
        assertThat(sum.isReal()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1.0 Z0/0.5 X1 Z1/|2|qubit 1 appears more than once",
        "1.0 Z0/# c/0.5 X-2/|3|-2",
        "abc Z0/|1|'abc' is not a finite number",
        "1.0 Z0/1.0 W3/|2|W3",
        "1.0 Z0 X/|1|'X'"})
    void malformedHamiltonianLineIsReportedWithItsNumber(String text, int line, String fragment) {
        assertThatThrownBy(() -> PauliSumReader.parse(text.replace('/', '\n'), "h.txt"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.line()).isEqualTo(line))
                .hasMessageStartingWith("h.txt:" + line)
                .hasMessageContaining(fragment);
    }

    @Test
    void readsPortfolioCsvAndReportsBadCells() {
        String text = "# returns and covariance\nasset,mu,AAA,BBB\nAAA,0.10,0.040,0.006\nBBB,0.07,0.006,0.010\n";
        PortfolioProblem problem = PortfolioReader.parse(text, "p.csv");
        assertThat(problem.assetIds()).containsExactly("AAA", "BBB");
        assertThat(problem.sigma(0, 1)).isEqualTo(0.006);
        assertThatThrownBy(() -> PortfolioReader.parse(text.replace("0.010", "oops"), "p.csv"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.line()).isEqualTo(4))
                .hasMessageContaining("oops");
        assertThatThrownBy(() -> PortfolioReader.parse(text.replace("BBB,0.07,0.006", "BBB,0.07,0.5"), "p.csv"))
                .isInstanceOf(InputException.class).hasMessageContaining("not symmetric");
    }
}
