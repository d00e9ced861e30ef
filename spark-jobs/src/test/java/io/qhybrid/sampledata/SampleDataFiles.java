package io.qhybrid.sampledata;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the checked-in {@code sample-data/} directory from a module's working directory. */
final class SampleDataFiles {
    private SampleDataFiles() {}

    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("sample-data");
            if (Files.isDirectory(candidate.resolve("graphs"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no sample-data/ directory above " + Path.of("").toAbsolutePath());
    }
}
