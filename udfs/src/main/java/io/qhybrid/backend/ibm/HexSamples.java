package io.qhybrid.backend.ibm;

import io.qhybrid.error.QHybridErrors;
import io.qhybrid.model.Bitstrings;
import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sampler V2 results: one hex string per shot ({@code "0x3"}), the value of the classical
 * register with bit k = clbit k = qubit k (the circuits measure {@code c = measure q}), turned
 * into counts keyed by bitstrings with qubit 0 rightmost.
 */
final class HexSamples {
    private HexSamples() {}

    static Map<String, Long> toCounts(Iterable<String> samples, int numBits) {
        Map<String, Long> counts = new TreeMap<>();
        for (String sample : samples) {
            String hex = sample.startsWith("0x") || sample.startsWith("0X") ? sample.substring(2) : sample;
            BigInteger value;
            try {
                value = new BigInteger(hex, 16);
            } catch (NumberFormatException e) {
                throw QHybridErrors.external("decoding IBM sample '" + sample + "'", e);
            }
            if (value.bitLength() > numBits) {
                throw QHybridErrors.external("decoding IBM sample '" + sample + "' as " + numBits + " bits", null);
            }
            counts.merge(Bitstrings.of(value.longValue(), numBits), 1L, Long::sum);
        }
        return counts;
    }
}
