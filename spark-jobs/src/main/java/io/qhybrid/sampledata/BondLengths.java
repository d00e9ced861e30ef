package io.qhybrid.sampledata;

import io.qhybrid.error.QHybridErrors;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;

/**
 * Parses bond-length lists such as {@code 0.3:2.5:0.15,0.735}: comma-separated items, each a
 * single length or {@code START:STOP:STEP} (STOP included when the steps land on it). Decimal
 * arithmetic keeps {@code 0.3 + 3 x 0.15} at exactly 0.75. Returns sorted distinct lengths.
 */
public final class BondLengths {
    private BondLengths() {}

    public static List<Double> parse(String text) {
        TreeSet<BigDecimal> values = new TreeSet<>();
        try {
            for (String item : text.split(",")) {
                String[] parts = item.trim().split(":");
                if (parts.length == 1) {
                    values.add(new BigDecimal(parts[0].trim()));
                } else if (parts.length == 3) {
                    BigDecimal start = new BigDecimal(parts[0].trim());
                    BigDecimal stop = new BigDecimal(parts[1].trim());
                    BigDecimal step = new BigDecimal(parts[2].trim());
                    if (step.signum() <= 0) {
                        throw QHybridErrors.invalidArgument("--bonds", text, "The step must be positive.");
                    }
                    for (BigDecimal b = start; b.compareTo(stop) <= 0 && values.size() <= 10_000; b = b.add(step)) {
                        values.add(b);
                    }
                } else {
                    throw QHybridErrors.invalidArgument("--bonds", text, "Use START:STOP:STEP or single lengths, comma-separated.");
                }
            }
        } catch (NumberFormatException e) {
            throw QHybridErrors.invalidArgument("--bonds", text, "Bond lengths are numbers in angstrom, e.g. 0.3:2.5:0.15,0.735.");
        }
        if (values.isEmpty() || values.first().signum() <= 0 || values.size() > 10_000) {
            throw QHybridErrors.invalidArgument("--bonds", text, "Give 1 to 10000 positive bond lengths in angstrom.");
        }
        return values.stream().map(BigDecimal::doubleValue).toList();
    }
}
