package io.qhybrid.gpu;

import static java.util.Objects.requireNonNull;

/**
 * One line of the RAPIDS potential-GPU plan: an operator ({@code Exec}) or expression, whether it
 * would run on the GPU, and why not.
 *
 * @param depth nesting depth in the plan (indentation / 2)
 * @param exec true for an operator, false for an expression
 * @param name the Spark class name, e.g. {@code ProjectExec}, {@code ScalaUDF}
 * @param onGpu true for {@code *} (will run) and {@code @} (could run); false for {@code !}
 * @param detail the rest of the line: the expression text and, for {@code !}, the reason
 */
public record PlanVerdict(int depth, boolean exec, String name, boolean onGpu, String detail) {
    public PlanVerdict {
        requireNonNull(name, "name is null");
        requireNonNull(detail, "detail is null");
    }

    /** One line of a report: {@code GPU  ProjectExec} / {@code CPU  ScalaUDF  cannot run ... because ...}. */
    public String describe() {
        return (onGpu ? "GPU  " : "CPU  ") + "  ".repeat(depth) + (exec ? "" : "expr ") + name
                + (onGpu ? "" : "  " + detail);
    }
}
