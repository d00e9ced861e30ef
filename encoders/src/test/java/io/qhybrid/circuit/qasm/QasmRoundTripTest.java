package io.qhybrid.circuit.qasm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qhybrid.circuit.Angle;
import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.Gate;
import io.qhybrid.error.InputException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QasmRoundTripTest {

    @Test
    void everyGateSurvivesARoundTrip() {
        Circuit circuit = Circuit.builder(3)
                .x(0).y(1).z(2).h(0).s(1).sdg(2).t(0).tdg(1).sx(2)
                .rx(0, 0.5).ry(1, -1.25e-7).rz(2, Math.PI / 3).p(0, 2.0).u(1, 0.1, -0.2, 0.3)
                .cx(0, 1).cy(1, 2).cz(2, 0).swap(0, 2).rzz(1, 0, 0.75)
                .barrier()
                .rx(2, Angle.parameter("gamma", -2.0)).rz(0, Angle.parameter("beta"))
                .ry(1, Angle.linear(0.5, "gamma", Math.PI / 4))
                .measureAll().build();
        String text = QasmWriter.write(circuit);
        assertThat(text).startsWith("OPENQASM 3.0;\ninclude \"stdgates.inc\";\n")
                .contains("input float[64] beta;", "qubit[3] q;", "bit[3] c;", "cx q[0], q[1];", "barrier q;",
                        "c = measure q;", "rz(beta) q[0];", "rx(-2.0*gamma) q[2];");
        assertThat(QasmReader.read(text, "x.qasm")).isEqualTo(circuit);
    }

    @Test
    void readsExpressionsAndLegacySpellings() {
        String text = "OPENQASM 3;\n// a comment\ninclude \"stdgates.inc\";\ninput float[64] theta;\n"
                + "qubit[2] qs;\nbit[2] out;\n"
                + "rz(pi/2 + 0.25*2) qs[1];\nrx(-(pi - 1) * 2) qs[0];\nry(theta / 2) qs[0];\nU(pi, 0, π) qs[1];\n"
                + "CX qs[0], qs[1];\n/* block\n comment */barrier qs[0], qs[1];\nmeasure qs[0] -> out[0];\nout[1] = measure qs[1];\n";
        Circuit c = QasmReader.read(text, "t.qasm");
        assertThat(c.numQubits()).isEqualTo(2);
        assertThat(c.operations().get(0).angle(0)).isEqualTo(Math.PI / 2 + 0.5);
        assertThat(c.operations().get(1).angle(0)).isEqualTo(-(Math.PI - 1) * 2);
        assertThat(c.operations().get(2).angles().get(0)).isEqualTo(Angle.parameter("theta", 0.5));
        assertThat(c.operations().get(3).gate()).isEqualTo(Gate.U);
        assertThat(c.operations().get(4).gate()).isEqualTo(Gate.CX);
        assertThat(c.bind(Map.of("theta", 1.0)).isBound()).isTrue();
        Circuit shifted = QasmReader.read("OPENQASM 3.0;\ninput float[64] g;\nqubit[1] q;\nrz(2*g + pi/2) q[0];\n", "s.qasm");
        assertThat(shifted.bind(Map.of("g", 0.25)).operations().get(0).angle(0)).isEqualTo(0.5 + Math.PI / 2);
        assertThat(c.operations().stream().filter(o -> o.gate() == Gate.MEASURE).count()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "qubit[2] q;\\nfoo q[0];|2|1|unknown gate 'foo'",
        "qubit[2] q;\\nh q[2];|2|5|qubit 2 out of range",
        "qubit[2] q;\\nh q[0]|2|7|expected ';', got end of input",
        "qubit[2] q;\\ncx q[0];|2|1|cx acts on 2 qubit(s), got 1",
        "qubit[2] q;\\nrx(theta) q[0];|2|4|unknown identifier 'theta'",
        "qubit[2] q;\\nrx(0.1) r[0];|2|9|unknown qubit register 'r'",
        "OPENQASM 2.0;|1|10|only OpenQASM 3",
        "qubit[1] q;\\nh q[0]; $|2|9|unexpected character '$'",
        "h q[0];|1|3|declare the qubit register",
        "input float[64] a;\\ninput float[64] b;\\nqubit[1] q;\\nrx(a*b) q[0];|4|5|linear in at most one parameter",
    })
    void reportsProblemsWithLineAndColumn(String text, int line, int column, String problem) {
        assertThatThrownBy(() -> QasmReader.read(text.replace("\\n", "\n"), "bad.qasm"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("bad.qasm:" + line + ":" + column + ": ")
                .hasMessageContaining(problem);
    }
}
