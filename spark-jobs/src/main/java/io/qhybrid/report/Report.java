package io.qhybrid.report;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A report written to disk: the run it describes, its directory, the page and the plots drawn;
 * {@code skipped} lists the plots left out for want of data (the page says why).
 */
public record Report(String runId, String job, LocalDate runDate, String status, List<String> stepRunIds,
        Path directory, Path index, List<ReportPlot> drawn, List<ReportPlot> skipped) {
    public Report {
        requireNonNull(runId, "runId is null");
        requireNonNull(directory, "directory is null");
        stepRunIds = List.copyOf(stepRunIds);
        drawn = List.copyOf(drawn);
        skipped = List.copyOf(skipped);
    }
}
