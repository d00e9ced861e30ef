package io.qhybrid.report.internal;

import static java.util.Objects.requireNonNull;

import io.qhybrid.report.ReportPlot;
import java.util.List;

/**
 * One plot of a report page with the tables of numbers behind it.
 *
 * @param note why the plot was skipped, or null when it was drawn
 */
public record PlotSection(ReportPlot plot, String description, String note, List<ReportTable> tables) {
    public PlotSection {
        requireNonNull(plot, "plot is null");
        requireNonNull(description, "description is null");
        tables = List.copyOf(tables);
    }

    public boolean drawn() {
        return note == null;
    }
}
