package io.qhybrid.sampledata;

import io.qhybrid.chem.H2Hamiltonian;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes H2 qubit Hamiltonians as Pauli-sum text files ({@code h2-<bond>.txt}, one term a line:
 * coefficient, then the word) and the {@code molecules.csv} manifest.
 */
public final class MoleculeFiles {
    public static final String MANIFEST = "molecules.csv";

    private MoleculeFiles() {}

    /** {@code h2-0.735.txt}: the bond length with three decimals. */
    public static String fileName(double bondAngstrom) {
        return String.format(Locale.ROOT, "h2-%.3f.txt", bondAngstrom);
    }

    /** Writes the 2-qubit Hamiltonian of every bond length and the manifest into {@code dir}. */
    public static List<H2Hamiltonian> writeAll(List<Double> bonds, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<H2Hamiltonian> computed = bonds.stream().map(H2Hamiltonian::atAngstrom).toList();
        StringBuilder manifest = new StringBuilder("molecule,bond_length_angstrom,file,nuclear_repulsion_ha,n_qubits\n");
        for (H2Hamiltonian h : computed) {
            try (Writer out = Files.newBufferedWriter(dir.resolve(fileName(h.bondAngstrom())), StandardCharsets.UTF_8)) {
                write(h, out);
            }
            manifest.append("H2,").append(String.format(Locale.ROOT, "%.3f", h.bondAngstrom())).append(',')
                    .append(fileName(h.bondAngstrom())).append(',').append(h.nuclearRepulsion()).append(',')
                    .append(h.parityReduced().qubits()).append('\n');
        }
        Files.writeString(dir.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
        return computed;
    }

    /** Writes one Hamiltonian file. */
    public static void write(H2Hamiltonian h, Writer out) throws IOException {
        out.write("# molecule: H2\n");
        out.write("# basis: STO-3G\n");
        out.write("# bond_length_angstrom: " + String.format(Locale.ROOT, "%.3f", h.bondAngstrom()) + "\n");
        out.write("# mapping: parity, two-qubit reduction to 1 spin-up + 1 spin-down electron"
                + " (spin orbitals sigma_g-up, sigma_u-up, sigma_g-down, sigma_u-down; parity qubits 1 and 3 removed)\n");
        out.write("# qubits: 2 (qubit 0 = occupation of sigma_g-up; qubit 1 = parity of sigma_g-up + sigma_u-up + sigma_g-down)\n");
        out.write("# hartree_fock_state: |q1 q0> = |01>\n");
        out.write("# energies: coefficients are electronic only; total = electronic + nuclear repulsion\n");
        out.write("# nuclear_repulsion_ha: " + h.nuclearRepulsion() + "\n");
        out.write("# hartree_fock_total_ha: " + h.hartreeFockEnergy() + "\n");
        out.write("# exact_ground_electronic_ha: " + h.groundElectronicEnergy() + "\n");
        out.write("# exact_ground_total_ha: " + h.groundTotalEnergy() + "\n");
        out.write("# generator: io.qhybrid.chem.H2Hamiltonian (integrals over STO-3G Gaussians, computed, not tabulated)\n");
        for (var term : h.parityReduced().terms().entrySet()) {
            out.write(term.getValue() + " " + term.getKey().label() + "\n");
        }
    }
}
