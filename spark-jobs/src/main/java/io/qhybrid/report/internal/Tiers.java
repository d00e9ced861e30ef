package io.qhybrid.report.internal;

import io.qhybrid.pipelines.routing.Tier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The order tiers are listed and drawn in: the routing order, then any other name alphabetically. */
final class Tiers {
    private static final List<String> KNOWN = Arrays.stream(Tier.values()).map(Tier::sqlValue).toList();

    static final Comparator<String> ORDER = Comparator
            .comparingInt((String tier) -> KNOWN.contains(tier) ? KNOWN.indexOf(tier) : KNOWN.size())
            .thenComparing(Comparator.nullsLast(Comparator.<String>naturalOrder()));

    private Tiers() {}
}
