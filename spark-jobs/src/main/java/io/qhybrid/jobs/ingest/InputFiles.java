package io.qhybrid.jobs.ingest;

import io.qhybrid.error.QHybridErrors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Expands an input setting (a file, a directory or a glob, on any Hadoop file system) to the
 * files it names, sorted by path, and refuses one that names nothing readable.
 */
public final class InputFiles {
    private InputFiles() {}

    public static List<FileStatus> expand(String key, String pattern, java.nio.file.Path workingDir, Configuration conf) {
        Path path = toHadoopPath(pattern, workingDir);
        try {
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            List<FileStatus> files = new ArrayList<>();
            if (matches != null) {
                for (FileStatus match : matches) {
                    if (match.isDirectory()) {
                        files.addAll(Arrays.stream(fs.listStatus(match.getPath())).filter(FileStatus::isFile).toList());
                    } else {
                        files.add(match);
                    }
                }
            }
            if (files.isEmpty()) {
                throw QHybridErrors.invalidConfig(key, pattern,
                        "No readable file matches it; check the path (relative paths start at " + workingDir + ").");
            }
            files.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
            return files;
        } catch (IOException e) {
            throw QHybridErrors.invalidConfig(key, pattern, "It cannot be read: " + e.getMessage() + ".");
        }
    }

    static Path toHadoopPath(String pattern, java.nio.file.Path workingDir) {
        if (pattern.matches("^[A-Za-z][A-Za-z0-9+.-]*:/.*")) {
            return new Path(pattern);
        }
        java.nio.file.Path local = java.nio.file.Path.of(pattern);
        return new Path((local.isAbsolute() ? local : workingDir.resolve(local)).normalize().toUri());
    }

    /** The file name without directory and extension: the graph or geometry id. */
    public static String baseName(Path file) {
        String name = file.getName();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
