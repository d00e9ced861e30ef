package io.qhybrid.vqe;

import static java.util.Objects.requireNonNull;

import io.qhybrid.circuit.Circuit;
import io.qhybrid.circuit.CircuitBuilder;
import io.qhybrid.model.Bitstrings;
import io.qhybrid.model.Pauli;
import io.qhybrid.model.PauliSum;
import io.qhybrid.model.PauliWord;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How to measure the energy of a Pauli sum {@code H = c_I I + sum_w c_w P_w} on a device that only
 * returns counts: the words are split into qubit-wise commuting {@link MeasurementGroup}s, each
 * group is measured by one circuit (the state preparation, then a change of basis on every qubit
 * the group names, then a measurement of all qubits), and the counts of those circuits give the
 * {@link EnergyEstimate}.
 *
 * <p>Grouping is greedy and deterministic: words are taken by descending {@code |c_w|}, ties by
 * their text, and each joins the first group whose basis it agrees with on every shared qubit,
 * or opens a new group. Groups are in the order they were opened, words within a group in the
 * order they joined. Greedy grouping is not minimal in general (minimum clique cover is NP-hard),
 * but taking large coefficients first keeps the heaviest terms together.
 *
 * <p>Basis changes map each letter's eigenbasis to the computational one: {@code h} for X,
 * {@code sdg} then {@code h} for Y (since {@code H S^dagger Y S H = Z}), nothing for Z. After it,
 * a word's eigenvalue in a shot is {@code (-1)^k} with k the number of its qubits read as 1.
 *
 * <p>Bitstrings are keyed as everywhere in QHybrid: {@link #numQubits()} characters, qubit 0
 * rightmost. Immutable and serialisable, so a Spark closure can carry it.
 */
public final class PauliMeasurement implements Serializable {
    private static final long serialVersionUID = 1L;

    private final PauliSum hamiltonian;
    private final int numQubits;
    private final double identityCoefficient;
    private final List<MeasurementGroup> groups;
    /** Per group, per word (in group order): the coefficient and the mask of the word's qubits. */
    private final double[][] coefficients;
    private final long[][] supports;

    private PauliMeasurement(PauliSum hamiltonian, int numQubits) {
        this.hamiltonian = hamiltonian;
        this.numQubits = numQubits;
        this.identityCoefficient = hamiltonian.coefficientOf(PauliWord.identity());
        this.groups = group(hamiltonian);
        this.coefficients = new double[groups.size()][];
        this.supports = new long[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            List<PauliWord> words = groups.get(g).words();
            coefficients[g] = new double[words.size()];
            supports[g] = new long[words.size()];
            for (int k = 0; k < words.size(); k++) {
                coefficients[g][k] = hamiltonian.coefficientOf(words.get(k));
                supports[g][k] = words.get(k).xMask() | words.get(k).zMask();
            }
        }
    }

    /** The measurement plan of {@code hamiltonian} on {@code max(1, hamiltonian.numQubits())} qubits. */
    public static PauliMeasurement of(PauliSum hamiltonian) {
        requireNonNull(hamiltonian, "hamiltonian is null");
        return of(hamiltonian, Math.max(1, hamiltonian.numQubits()));
    }

    /**
     * The measurement plan of {@code hamiltonian} for states of {@code numQubits} qubits, at least
     * as many as the Hamiltonian names.
     */
    public static PauliMeasurement of(PauliSum hamiltonian, int numQubits) {
        requireNonNull(hamiltonian, "hamiltonian is null");
        if (numQubits < Math.max(1, hamiltonian.numQubits()) || numQubits > PauliWord.MAX_QUBIT + 1) {
            throw new IllegalArgumentException("a Hamiltonian on " + hamiltonian.numQubits()
                    + " qubits cannot be measured on " + numQubits + " qubits; give between "
                    + Math.max(1, hamiltonian.numQubits()) + " and " + (PauliWord.MAX_QUBIT + 1));
        }
        return new PauliMeasurement(hamiltonian, numQubits);
    }

    public PauliSum hamiltonian() {
        return hamiltonian;
    }

    /** The width of the measured states, circuits and bitstrings. */
    public int numQubits() {
        return numQubits;
    }

    /** The coefficient of the identity: the part of the energy that needs no measurement. */
    public double identityCoefficient() {
        return identityCoefficient;
    }

    /** The groups, one measurement circuit and one counts map each, in a fixed order. */
    public List<MeasurementGroup> groups() {
        return groups;
    }

    /**
     * One measurement circuit per group, in group order: {@code preparation}, then the group's
     * basis change, then {@code c = measure q}. The preparation may carry symbolic parameters,
     * which the circuits keep ({@link Circuit#bind} them before running).
     *
     * @param preparation the state preparation, without measurement, on {@link #numQubits()} qubits
     */
    public List<Circuit> circuits(Circuit preparation) {
        requireNonNull(preparation, "preparation is null");
        if (preparation.numQubits() != numQubits) {
            throw new IllegalArgumentException("the preparation acts on " + preparation.numQubits()
                    + " qubits but the Hamiltonian is measured on " + numQubits
                    + "; build the plan with PauliMeasurement.of(hamiltonian, " + preparation.numQubits() + ")");
        }
        if (preparation.hasMeasurement()) {
            throw new IllegalArgumentException("the preparation already measures its qubits; "
                    + "pass it without measurement, the basis changes must come before the measurement");
        }
        List<Circuit> circuits = new ArrayList<>(groups.size());
        for (MeasurementGroup group : groups) {
            CircuitBuilder circuit = preparation.toBuilder();
            PauliWord basis = group.basis();
            for (int k = 0; k < basis.weight(); k++) {
                int q = basis.qubit(k);
                if (basis.op(k) == Pauli.X) {
                    circuit.h(q);
                } else if (basis.op(k) == Pauli.Y) {
                    circuit.sdg(q).h(q);
                }
            }
            circuits.add(circuit.measureAll().build());
        }
        return List.copyOf(circuits);
    }

    /**
     * The energy from the counts of the measurement circuits.
     *
     * @param counts one map per group, in group order: bitstring of {@link #numQubits()}
     *     characters (qubit 0 rightmost) to its non-negative count, each map with at least one shot
     */
    public EnergyEstimate estimate(List<Map<String, Long>> counts) {
        requireNonNull(counts, "counts is null");
        if (counts.size() != groups.size()) {
            throw new IllegalArgumentException("expected one counts map per measurement group, " + groups.size()
                    + " in all, got " + counts.size());
        }
        double energy = identityCoefficient;
        double variance = 0;
        long shots = 0;
        for (int g = 0; g < groups.size(); g++) {
            Map<String, Long> map = requireNonNull(counts.get(g), "counts of a group is null");
            GroupCounts group = GroupCounts.of(map, g, numQubits);
            double sum = 0;
            for (int i = 0; i < group.size(); i++) {
                sum += group.counts[i] * value(g, group.indices[i]);
            }
            double mean = sum / group.shots;
            double squares = 0;
            for (int i = 0; i < group.size(); i++) {
                double deviation = value(g, group.indices[i]) - mean;
                squares += group.counts[i] * deviation * deviation;
            }
            energy += mean;
            variance += group.shots > 1 ? squares / (group.shots - 1) / group.shots : Double.POSITIVE_INFINITY;
            shots += group.shots;
        }
        return new EnergyEstimate(energy, Math.sqrt(variance), shots);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PauliMeasurement other && numQubits == other.numQubits
                && hamiltonian.equals(other.hamiltonian);
    }

    @Override
    public int hashCode() {
        return 31 * numQubits + hamiltonian.hashCode();
    }

    @Override
    public String toString() {
        return "PauliMeasurement[" + numQubits + " qubits, " + groups.size() + " groups: "
                + groups.stream().map(g -> g.words().toString()).toList() + "]";
    }

    /** The value of group g's part of H in the shot that read basis state {@code index}. */
    private double value(int g, long index) {
        double value = 0;
        for (int k = 0; k < coefficients[g].length; k++) {
            value += (Long.bitCount(index & supports[g][k]) & 1) == 0 ? coefficients[g][k] : -coefficients[g][k];
        }
        return value;
    }

    private static List<MeasurementGroup> group(PauliSum hamiltonian) {
        List<PauliWord> words = new ArrayList<>();
        for (PauliWord word : hamiltonian.words()) {
            if (!word.isIdentity()) {
                words.add(word);
            }
        }
        words.sort(Comparator.<PauliWord>comparingDouble(w -> -Math.abs(hamiltonian.coefficientOf(w)))
                .thenComparing(PauliWord::toString));
        List<Map<Integer, Pauli>> bases = new ArrayList<>();
        List<List<PauliWord>> members = new ArrayList<>();
        for (PauliWord word : words) {
            int g = 0;
            while (g < bases.size() && !MeasurementGroup.fits(PauliWord.of(bases.get(g)), word)) {
                g++;
            }
            if (g == bases.size()) {
                bases.add(new HashMap<>());
                members.add(new ArrayList<>());
            }
            for (int k = 0; k < word.weight(); k++) {
                bases.get(g).put(word.qubit(k), word.op(k));
            }
            members.get(g).add(word);
        }
        List<MeasurementGroup> groups = new ArrayList<>(bases.size());
        for (int g = 0; g < bases.size(); g++) {
            groups.add(new MeasurementGroup(PauliWord.of(bases.get(g)), members.get(g)));
        }
        return List.copyOf(groups);
    }

    /** A group's counts as parallel arrays of basis-state indices and counts. */
    private record GroupCounts(long[] indices, long[] counts, long shots) {
        static GroupCounts of(Map<String, Long> map, int group, int numQubits) {
            long[] indices = new long[map.size()];
            long[] counts = new long[map.size()];
            long shots = 0;
            int i = 0;
            for (Map.Entry<String, Long> entry : map.entrySet()) {
                String bitstring = requireNonNull(entry.getKey(), "bitstring is null");
                long count = requireNonNull(entry.getValue(), "count is null");
                if (count < 0) {
                    throw new IllegalArgumentException("group " + group + " has a negative count " + count
                            + " for '" + bitstring + "'");
                }
                try {
                    indices[i] = Bitstrings.toIndex(bitstring, numQubits);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("group " + group + ": " + e.getMessage(), e);
                }
                counts[i++] = count;
                shots = Math.addExact(shots, count);
            }
            if (shots == 0) {
                throw new IllegalArgumentException("group " + group + " has no shots; every group needs at least one");
            }
            return new GroupCounts(indices, counts, shots);
        }

        int size() {
            return indices.length;
        }
    }
}
