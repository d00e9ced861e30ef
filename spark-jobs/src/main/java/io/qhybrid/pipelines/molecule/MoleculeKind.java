package io.qhybrid.pipelines.molecule;

import io.qhybrid.encode.MolecularHamiltonianEncoder;
import io.qhybrid.encode.PauliSumReader;
import io.qhybrid.model.PauliSum;
import io.qhybrid.pipelines.EncodedSubproblem;
import io.qhybrid.pipelines.HamiltonianSubproblem;
import io.qhybrid.pipelines.SubproblemKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Encodes a geometry row of {@link MoleculePrep#candidates} as a Pauli sum whose identity term
 * includes the nuclear repulsion, so every energy the pipeline reports is a total energy (the
 * curve has its minimum at the equilibrium bond length).
 */
final class MoleculeKind implements SubproblemKind {
    private static final long serialVersionUID = 1L;
    private static final MolecularHamiltonianEncoder ENCODER = new MolecularHamiltonianEncoder();

    @Override
    public String kind() {
        return "geometry";
    }

    @Override
    public EncodedSubproblem encode(Row candidate) {
        String geometry = candidate.getAs("geometry_id");
        List<Row> terms = candidate.getList(candidate.fieldIndex("terms"));
        Double repulsion = candidate.getAs("nuclear_repulsion_ha");
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("geometry_id", geometry);
        attributes.put("molecule", candidate.getAs("molecule"));
        attributes.put("bond_length_angstrom", candidate.getAs("bond_length_angstrom"));
        attributes.put("nuclear_repulsion_ha", repulsion);
        attributes.values().removeIf(java.util.Objects::isNull);
        StringBuilder text = new StringBuilder("# electronic terms plus the nuclear repulsion as identity\n# ")
                .append(json(attributes)).append('\n');
        for (Row t : terms) {
            text.append(t.getDouble(1)).append(' ').append(t.getString(0)).append('\n');
        }
        if (repulsion != null) {
            text.append(repulsion).append(" I\n");
        }
        PauliSum hamiltonian = ENCODER.encode(PauliSumReader.parse(text.toString(), geometry));
        return new HamiltonianSubproblem(hamiltonian, text.toString(), ENCODER.encoding(), attributes);
    }

    @Override
    public EncodedSubproblem decode(String modelText) {
        String attributesLine = modelText.split("\n")[1].substring(1).trim();
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> attributes = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readValue(attributesLine, Map.class);
            PauliSum hamiltonian = ENCODER.encode(PauliSumReader.parse(modelText,
                    String.valueOf(attributes.get("geometry_id"))));
            return new HamiltonianSubproblem(hamiltonian, modelText, ENCODER.encoding(), attributes);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("molecule model text lacks its attribute line: " + e.getMessage(), e);
        }
    }

    private static String json(Map<String, Object> attributes) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(attributes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
