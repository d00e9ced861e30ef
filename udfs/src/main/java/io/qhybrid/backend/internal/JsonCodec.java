package io.qhybrid.backend.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridException;

/** The JSON mapper of the clients and the emulator. */
public final class JsonCodec {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonCodec() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static JsonNode parse(String text, String what) {
        try {
            return MAPPER.readTree(text == null || text.isEmpty() ? "{}" : text);
        } catch (Exception e) {
            throw new QHybridException(ErrorKind.EXTERNAL, what + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
