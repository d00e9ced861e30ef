package io.qhybrid.encode.internal;

import io.qhybrid.error.QHybridErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Line-oriented input shared by the text readers: numbered lines with {@code #} comments removed. */
public final class TextLines {
    private TextLines() {}

    /** One non-blank line: its 1-based number and its content without the comment, trimmed. */
    public record Line(int number, String content) {}

    /** Reads a file, turning a missing or unreadable file into an input error naming it. */
    public static String readFile(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw QHybridErrors.badInput(path.toString(), 0, 0, "file not found. Check the path.");
        } catch (IOException | UncheckedIOException e) {
            throw QHybridErrors.badInput(path.toString(), 0, 0, "cannot read the file as UTF-8 text: " + e.getMessage());
        }
    }

    /** The non-blank lines of {@code text} after stripping {@code #} comments. */
    public static List<Line> contentLines(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\r?\n|\r", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (!line.isEmpty()) {
                lines.add(new Line(i + 1, line));
            }
        }
        return lines;
    }

    /** A finite number, or null when {@code token} is not one. */
    public static Double parseFinite(String token) {
        try {
            double value = Double.parseDouble(token);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
