package io.qhybrid.sampledata;

import io.qhybrid.error.QHybridErrors;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How generated edges are weighted: {@code unit} (no weight column, so every weight is 1),
 * {@code int:LO:HI} (uniform whole numbers, both ends included) or {@code real:LO:HI} (uniform
 * reals in [LO, HI), written with 4 decimals).
 */
public record EdgeWeights(Kind kind, double low, double high) {
    public enum Kind { UNIT, INTEGER, REAL }

    public static final EdgeWeights UNIT = new EdgeWeights(Kind.UNIT, 1, 1);

    public EdgeWeights {
        if (!(low >= 0) || !(high >= low) || Double.isInfinite(high)) {
            throw QHybridErrors.invalidArgument("edge weight range", low + ":" + high,
                    "Weights must be finite with 0 <= LO <= HI.");
        }
    }

    /** Parses {@code unit}, {@code int:LO:HI} or {@code real:LO:HI}. */
    public static EdgeWeights parse(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split(":");
        try {
            if (parts.length == 1 && parts[0].equals("unit")) {
                return UNIT;
            }
            if (parts.length == 3 && parts[0].equals("int")) {
                return new EdgeWeights(Kind.INTEGER, Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            }
            if (parts.length == 3 && parts[0].equals("real")) {
                return new EdgeWeights(Kind.REAL, Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
            }
        } catch (NumberFormatException e) {
            // fall through to the usage error below
        }
        throw QHybridErrors.invalidArgument("--weights", text, "Use unit, int:LO:HI or real:LO:HI, e.g. int:1:10.");
    }

    /** Draws one weight, or returns 1 for unit weights without touching the random stream. */
    double draw(SplittableRandom random) {
        return switch (kind) {
            case UNIT -> 1.0;
            case INTEGER -> (double) ((long) low + random.nextLong((long) high - (long) low + 1));
            case REAL -> Math.round((low + (high - low) * random.nextDouble()) * 1e4) / 1e4;
        };
    }

    /** The weight column text, empty for unit weights. */
    String format(double weight) {
        return switch (kind) {
            case UNIT -> "";
            case INTEGER -> Long.toString((long) weight);
            case REAL -> Decimals.fixed4(weight);
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case UNIT -> "unit";
            case INTEGER -> "int:" + (long) low + ":" + (long) high;
            case REAL -> "real:" + low + ":" + high;
        };
    }
}
