package io.qhybrid.jobs;

import io.qhybrid.error.QHybridErrors;
import io.qhybrid.jobs.ingest.IngestJob;
import io.qhybrid.jobs.nightly.NightlyJob;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The jobs {@code qhybrid run} knows, by name. */
public final class JobRegistry {
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    public JobRegistry(List<Job> jobs) {
        jobs.forEach(job -> this.jobs.put(job.name(), job));
    }

    public static JobRegistry standard() {
        return new JobRegistry(List.of(new IngestJob(), new io.qhybrid.pipelines.portfolio.PortfolioJob(),
                new io.qhybrid.pipelines.maxcut.MaxCutJob(), new io.qhybrid.pipelines.molecule.MoleculeJob(),
                new io.qhybrid.pipelines.collect.CollectJob(), new NightlyJob()));
    }

    public Job get(String name) {
        Job job = jobs.get(name);
        if (job == null) {
            throw QHybridErrors.invalidArgument("job", name, "Known jobs: " + String.join(", ", jobs.keySet()) + ".");
        }
        return job;
    }

    public Map<String, Job> all() {
        return java.util.Collections.unmodifiableMap(jobs);
    }
}
