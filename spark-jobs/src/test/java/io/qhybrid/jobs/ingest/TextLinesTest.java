package io.qhybrid.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.holdenkarau.spark.testing.SharedJavaSparkContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.AfterClass;
import org.junit.Test;

/**
 * Line numbers survive a file read in many splits: each line says its own number, so the
 * reference is the file itself. Runs on spark-testing-base's shared context (JUnit 4).
 */
public class TextLinesTest extends SharedJavaSparkContext {
    @AfterClass
    public static void stopSession() {
        SparkSession.getActiveSession().foreach(session -> {
            session.stop();
            return null;
        });
    }

    @Test
    public void numbersEveryLineInFileOrderAcrossSplits() throws Exception {
        Path file = Files.createTempFile("lines", ".txt");
        int lines = 20_000;
        Files.writeString(file, IntStream.rangeClosed(1, lines).mapToObj(i -> "line " + i)
                .collect(Collectors.joining("\n")) + "\n");
        SparkSession spark = SparkSession.builder().sparkContext(jsc().sc()).getOrCreate();
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.toUri());
        FileStatus status = path.getFileSystem(jsc().hadoopConfiguration()).getFileStatus(path);

        // about 16 KiB per split: a dozen splits for this file
        List<Row> rows = TextLines.read(spark, "t", List.of(status), 16 * 1024).collectAsList();

        assertThat(rows).hasSize(lines);
        for (Row row : rows) {
            assertThat(row.getString(row.fieldIndex("raw"))).isEqualTo("line " + row.getLong(row.fieldIndex("line_number")));
        }
        assertThat(TextLines.read(spark, "t", List.of(status), 16 * 1024).rdd().getNumPartitions()).isGreaterThan(5);
        Files.delete(file);
    }
}
