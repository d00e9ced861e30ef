package io.qhybrid.report.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Lays out {@code index.html}: the run, its steps, the summary, then each plot with its numbers. */
public final class ReportPage {
    private ReportPage() {}

    public static String render(ReportedRun reported, Summary summary, List<PlotSection> sections, String database) {
        RunInfo run = reported.run();
        HtmlPage page = new HtmlPage()
                .heading(1, "Run report: " + run.job() + " " + run.runDate())
                .status(run.runId(), run.status())
                .table(ReportTables.run(run));
        if (!reported.steps().isEmpty()) {
            page.table(ReportTables.steps(reported.steps()));
        }
        page.heading(2, "Summary");
        if (!reported.steps().isEmpty()) {
            page.paragraph("Counts cover the " + reported.describe() + ".");
        }
        page.columns(ReportTables.summary(summary), ReportTables.tableRows(summary));
        if (!summary.costs().isEmpty()) {
            page.table(ReportTables.costs(summary));
        }
        if (!summary.approvals().isEmpty()) {
            page.table(ReportTables.approvals(summary));
        }
        for (PlotSection section : sections) {
            page.heading(2, section.plot().title()).paragraph(section.description());
            if (section.drawn()) {
                page.image(section.plot().fileName(), section.plot().title());
                section.tables().forEach(page::table);
            } else {
                page.note("Plot skipped: " + section.note());
            }
        }
        page.footer("Generated " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " from database " + database
                + " for run ids " + String.join(", ", reported.runIds()) + ".");
        return page.render("QHybrid run report " + run.runId());
    }
}
