package io.qhybrid.jobs.ingest;

import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads text files as rows {@code (source, file, path, line_number, raw)} with 1-based line numbers,
 * so every rejected record can be named by file and line. Each file is read through the
 * Hadoop text input, whose splits come back in file order, and numbered with zipWithIndex.
 */
final class TextLines {
    static final StructType SCHEMA = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("file", DataTypes.StringType, false)
            .add("path", DataTypes.StringType, false)
            .add("line_number", DataTypes.LongType, false)
            .add("raw", DataTypes.StringType, true);

    private static final long SPLIT_BYTES = 128L << 20;

    private TextLines() {}

    static Dataset<Row> read(SparkSession spark, String source, List<FileStatus> files) {
        return read(spark, source, files, SPLIT_BYTES);
    }

    static Dataset<Row> read(SparkSession spark, String source, List<FileStatus> files, long splitBytes) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> all = null;
        for (FileStatus file : files) {
            String path = file.getPath().toString();
            String name = file.getPath().getName();
            // one partition for small files: zipWithIndex then needs no extra counting job
            int partitions = (int) Math.max(1, file.getLen() / splitBytes);
            JavaRDD<Row> rows = jsc.textFile(path, partitions)
                    .zipWithIndex()
                    .map(t -> RowFactory.create(source, name, path, t._2() + 1, t._1()));
            all = all == null ? rows : all.union(rows);
        }
        return spark.createDataFrame(all, SCHEMA);
    }
}
