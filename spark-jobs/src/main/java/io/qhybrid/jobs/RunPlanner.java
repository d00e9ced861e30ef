package io.qhybrid.jobs;

import io.qhybrid.jobs.config.JobConfig;
import io.qhybrid.jobs.config.JobConfigResolver;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Resolves and checks, before any Spark session starts, the config of a job and of each of its
 * steps. For a job made of steps, {@code --set step.key=value} goes to that step (with the
 * {@code step.} prefix removed) and every other key to the job itself.
 */
public final class RunPlanner {
    /** A job's resolved config and its steps' configs, by step name, in order. */
    public record Plan(JobConfig config, Map<String, JobConfig> steps) {
        public Plan {
            steps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(steps));
        }
    }

    private final JobRegistry registry;
    private final JobConfigResolver resolver;
    private final Path workingDir;

    public RunPlanner(JobRegistry registry, JobConfigResolver resolver, Path workingDir) {
        this.registry = registry;
        this.resolver = resolver;
        this.workingDir = workingDir;
    }

    /** @param configFile a job file named on the command line, or null for {@code conf/jobs/<job>.yaml} */
    public Plan plan(Job job, Path configFile, Map<String, String> overrides) {
        boolean composite = !job.steps(new JobConfig(job.name(), job.defaults())).isEmpty();
        Map<String, String> own = new LinkedHashMap<>();
        overrides.forEach((key, value) -> {
            if (!(composite && registry.all().containsKey(prefix(key)))) {
                own.put(key, value);
            }
        });
        JobConfig config = resolver.resolve(job.name(), job.defaults(), configFile, own);
        job.preflight(config, workingDir);
        Map<String, JobConfig> steps = new LinkedHashMap<>();
        for (String step : job.steps(config)) {
            Job stepJob = registry.get(step);
            Map<String, String> stepOverrides = new LinkedHashMap<>();
            overrides.forEach((key, value) -> {
                if (prefix(key).equals(step)) {
                    stepOverrides.put(key.substring(step.length() + 1), value);
                }
            });
            JobConfig stepConfig = resolver.resolve(step, stepJob.defaults(), null, stepOverrides);
            stepJob.preflight(stepConfig, workingDir);
            steps.put(step, stepConfig);
        }
        return new Plan(config, steps);
    }

    private static String prefix(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? "" : key.substring(0, dot);
    }
}
