package io.qhybrid.pipelines.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import scala.collection.JavaConverters;

/** Counts as stored in {@code results.counts}: the most frequent outcomes only, to bound row size. */
public final class Counts {
    /** Outcomes kept per result row (by count, ties by bitstring). */
    public static final int KEPT = 64;

    private Counts() {}

    /** The {@code limit} most frequent outcomes, as a Scala map for a Spark MAP column. */
    public static scala.collection.Map<String, Long> top(Map<String, Long> counts, int limit) {
        Map<String, Long> kept = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        return JavaConverters.mapAsScalaMap(kept);
    }
}
