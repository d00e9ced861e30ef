package io.qhybrid.gpu;

import io.qhybrid.error.ErrorKind;
import io.qhybrid.error.QHybridException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;

/**
 * Asks the RAPIDS Accelerator, on a CPU-only machine, which operators of a DataFrame's plan would
 * run on the GPU ({@code com.nvidia.spark.rapids.ExplainPlan.explainPotentialGpuPlan(df, "ALL")}).
 * The plugin loads its classes through the thread's context class loader, so the jar goes on a
 * {@link URLClassLoader} set as context loader for the call (a plain {@code -cp} entry fails to
 * find its shims).
 *
 * <p>Prep plans must stay GPU-eligible: {@link #blockers} lists the operators that would not run
 * on the GPU, apart from {@link #ALLOWED_ON_CPU} (local relations and handed-over rows, which
 * hold no prep logic) and Delta table scans: on CPU the explain mode runs without the plugin's
 * Delta Lake support, so it reports Delta's Parquet format as unsupported, while on a GPU
 * cluster with the plugin enabled Delta scans are GPU-accelerated.
 */
public final class GpuPlanCheck {
    /** Operators allowed to stay on the CPU, with the reason they are harmless for prep. */
    public static final Set<String> ALLOWED_ON_CPU = Set.of(
            "LocalTableScanExec",   // small literal relations (test data, parameter tables)
            "RDDScanExec");         // rows handed over from a typed stage before prep starts

    /** The file format named when a Delta table scan is reported as CPU-only in explain mode. */
    public static final String DELTA_SCAN = "DeltaParquetFileFormat";

    private static final Pattern LINE = Pattern.compile("^(\\s*)([*!@])(Exec|Expression|Partitioning|Output|)\\s*<([^>]+)>\\s*(.*)$");

    private final ClassLoader loader;

    public GpuPlanCheck(Path rapidsJar) {
        try {
            this.loader = new URLClassLoader(new URL[] {rapidsJar.toUri().toURL()}, GpuPlanCheck.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(rapidsJar.toString(), e);
        }
    }

    /** The raw text RAPIDS prints for the plan. */
    public String explain(Dataset<?> df) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Class<?> explainPlan = Class.forName("com.nvidia.spark.rapids.ExplainPlan", true, loader);
            return (String) explainPlan.getMethod("explainPotentialGpuPlan", Dataset.class, String.class)
                    .invoke(null, df, "ALL");
        } catch (InvocationTargetException e) {
            throw new QHybridException(ErrorKind.INTERNAL_ERROR, "RAPIDS could not explain the plan: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new QHybridException(ErrorKind.USER_ERROR, "the RAPIDS jar has no ExplainPlan API ("
                    + e + "); use " + RapidsJar.COORDINATES, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Every operator and expression of the plan with its verdict. */
    public List<PlanVerdict> verdicts(Dataset<?> df) {
        return parse(explain(df));
    }

    static List<PlanVerdict> parse(String text) {
        List<PlanVerdict> verdicts = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                verdicts.add(new PlanVerdict(m.group(1).length() / 2, m.group(3).equals("Exec"), m.group(4),
                        !m.group(2).equals("!"), m.group(5).trim()));
            }
        }
        return verdicts;
    }

    /**
     * The operators that would not run on the GPU and are not allowed to stay on the CPU. An
     * exchange refused only because its child is on the CPU is a consequence, not a cause, and is
     * left out when that child is allowed.
     */
    public static List<PlanVerdict> blockers(List<PlanVerdict> verdicts) {
        List<PlanVerdict> blockers = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            PlanVerdict v = verdicts.get(i);
            if (v.onGpu() || allowedOnCpu(v)) {
                continue;
            }
            if (v.exec() && v.detail().contains("without columnar children") && childAllowed(verdicts, i)) {
                continue;
            }
            if (!v.exec() && parentExecAllowed(verdicts, i)) {
                continue;
            }
            blockers.add(v);
        }
        return blockers;
    }

    /** An operator allowed to stay on the CPU: see {@link #ALLOWED_ON_CPU} and {@link #DELTA_SCAN}. */
    public static boolean allowedOnCpu(PlanVerdict v) {
        return ALLOWED_ON_CPU.contains(v.name()) || (v.name().equals("FileSourceScanExec") && v.detail().contains(DELTA_SCAN));
    }

    private static boolean childAllowed(List<PlanVerdict> verdicts, int index) {
        int depth = verdicts.get(index).depth();
        for (int i = index + 1; i < verdicts.size() && verdicts.get(i).depth() > depth; i++) {
            PlanVerdict child = verdicts.get(i);
            if (child.exec()) {
                return allowedOnCpu(child);
            }
        }
        return false;
    }

    private static boolean parentExecAllowed(List<PlanVerdict> verdicts, int index) {
        int depth = verdicts.get(index).depth();
        for (int i = index - 1; i >= 0; i--) {
            PlanVerdict candidate = verdicts.get(i);
            if (candidate.exec() && candidate.depth() < depth) {
                return allowedOnCpu(candidate);
            }
        }
        return false;
    }
}
