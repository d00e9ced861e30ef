package io.qhybrid.pipelines;

/**
 * The size buckets results and benchmarks are grouped by: {@code 1-4}, {@code 5-8}, ...,
 * four variables wide, so a class means the same thing across jobs and run dates.
 */
public final class SizeClass {
    public static final int WIDTH = 4;

    private SizeClass() {}

    public static String of(int size) {
        if (size < 1) {
            return "0";
        }
        int low = (size - 1) / WIDTH * WIDTH + 1;
        return low + "-" + (low + WIDTH - 1);
    }
}
