package org.geobrief.batch;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The batch job: articles (JSON Lines, Parquet, or a folder of documents) → GeoBrief's analysis on every executor →
 * {@code OUT/articles}, {@code OUT/mentions} and {@code OUT/events} as (Geo)Parquet, {@code OUT/rejects} (id and
 * reason of every record or file that could not be read or analysed), and with {@code --jdbc} the shared database.
 * Re-running on the same input writes the same rows (the outputs are replaced; the database skips stored ids).
 * See docs/batch.md.
 */
public final class BatchGeoparse {

    /** What one run did. */
    public record Summary(long articles, long mentions, long events, long rejects) {}

    private BatchGeoparse() {}

    public static void main(String[] args) {
        BatchOptions options;
        try {
            options = BatchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("geobrief-batch");
        String master = master(args);
        if (master != null) {
            builder.master(master);
        }
        try (SparkSession spark = builder.getOrCreate()) {
            long t0 = System.nanoTime();
            Summary s = run(spark, options);
            System.out.printf(
                    Locale.ROOT,
                    "%d articles, %d mentions, %d event reports, %d rejects in %.1f s -> %s%n",
                    s.articles(),
                    s.mentions(),
                    s.events(),
                    s.rejects(),
                    (System.nanoTime() - t0) / 1e9,
                    options.output());
        }
    }

    public static Summary run(SparkSession spark, BatchOptions options) throws RuntimeException {
        // Analysis is CPU-heavy per byte: keep every shuffle partition instead of letting AQE merge them into one.
        spark.conf().set("spark.sql.adaptive.coalescePartitions.enabled", "false");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int partitions = Math.max(2, jsc.defaultParallelism() * 4);
        spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
        if (options.jdbcUrl() != null) {
            SharedStore.migrate(options);
        }

        // read once: the articles and the rejects below are two branches of one scan of the input
        Dataset<Row> candidates = read(spark, jsc, options, partitions).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> articles = candidates.where(col("reason").isNull()).dropDuplicates("id");
        Dataset<Row> rejects = candidates.where(col("reason").isNotNull());
        Dataset<Row> analysed = articles.union(rejects)
                .mapPartitions(
                        (org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row>)
                                rows -> Analyse.partition(rows, options),
                        Encoders.row(Schemas.ANALYSED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            String out = options.output().replaceAll("/+$", "");
            Dataset<Row> ok = analysed.where(col("reason").isNull());
            ok.drop("mentions", "events", "reason")
                    .write()
                    .mode(SaveMode.Overwrite)
                    .parquet(out + "/articles");
            Dataset<Row> mentions = ok.select(
                            col("id").as("article_id"),
                            col("source"),
                            explode(col("mentions")).as("m"))
                    .select("article_id", "source", "m.*");
            mentions.write().mode(SaveMode.Overwrite).parquet(out + "/mentions");
            Dataset<Row> events = ok.select(
                            col("id").as("article_id"),
                            col("source"),
                            explode(col("events")).as("e"))
                    .select(col("article_id"), col("source"), col("e.*"));
            events.write().mode(SaveMode.Overwrite).parquet(out + "/events");
            Dataset<Row> rejected = analysed.where(col("reason").isNotNull()).select("input_id", "source", "reason");
            rejected.coalesce(1).write().mode(SaveMode.Overwrite).parquet(out + "/rejects");

            Configuration conf = jsc.hadoopConfiguration();
            GeoParquet.addMetadata(conf, out + "/mentions", "geometry");
            GeoParquet.addMetadata(conf, out + "/events", "geometry");
            // the rows just written, counted from the cache rather than by reading the Parquet files back
            Row totals = analysed.agg(
                            count(when(col("reason").isNull(), true)),
                            sum(size(col("mentions"))),
                            sum(size(col("events"))),
                            count(when(col("reason").isNotNull(), true)))
                    .first();
            return new Summary(totals.getLong(0), orZero(totals, 1), orZero(totals, 2), totals.getLong(3));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            analysed.unpersist();
            candidates.unpersist();
        }
    }

    private static long orZero(Row r, int i) {
        return r.isNullAt(i) ? 0 : r.getLong(i);
    }

    /** The input as {@link Schemas#CANDIDATE} rows: articles and rejects. */
    static Dataset<Row> read(SparkSession spark, JavaSparkContext jsc, BatchOptions options, int partitions) {
        String format = options.resolvedFormat();
        long maxBytes = options.maxBytes();
        JavaRDD<Row> rows =
                switch (format) {
                        // a file is not split, but files are spread over the cores rather than packed into one task
                    case "jsonl" -> jsc.binaryFiles(options.input(), partitions)
                            .flatMap(f -> ArticleRecords.jsonLines(f._1(), f._2()));
                    case "files" -> jsc.binaryFiles(options.input(), partitions)
                            .flatMap(f -> ArticleRecords.document(f._1(), f._2(), maxBytes));
                    case "parquet" -> parquet(spark, jsc, options.input());
                    default -> throw new IllegalArgumentException("unknown format " + format);
                };
        return spark.createDataFrame(rows, Schemas.CANDIDATE);
    }

    /**
     * Parquet files, each checked on the driver first (its footer read): an unreadable file is one reject and the
     * others are read.
     */
    private static JavaRDD<Row> parquet(SparkSession spark, JavaSparkContext jsc, String input) {
        List<String> good = new ArrayList<>();
        List<Row> rejects = new ArrayList<>();
        try {
            Path root = new Path(input);
            FileSystem fs = root.getFileSystem(jsc.hadoopConfiguration());
            List<FileStatus> files = new ArrayList<>();
            if (fs.getFileStatus(root).isDirectory()) {
                for (FileStatus f : fs.listStatus(root)) {
                    String name = f.getPath().getName();
                    if (f.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
                        files.add(f);
                    }
                }
            } else {
                files.add(fs.getFileStatus(root));
            }
            for (FileStatus f : files) {
                String name = f.getPath().getName();
                try (ParquetFileReader reader =
                        ParquetFileReader.open(HadoopInputFile.fromPath(f.getPath(), jsc.hadoopConfiguration()))) {
                    reader.getFooter();
                    good.add(f.getPath().toString());
                } catch (Exception e) {
                    rejects.add(ArticleRecords.reject(name, name, "cannot read the Parquet file: " + e.getMessage()));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        JavaRDD<Row> bad = jsc.parallelize(rejects, 1);
        if (good.isEmpty()) {
            return bad;
        }
        Dataset<Row> in = spark.read().parquet(good.toArray(new String[0]));
        Dataset<Row> withFile = in.withColumn("_file", org.apache.spark.sql.functions.input_file_name());
        JavaRDD<Row> rows =
                withFile.javaRDD().map(r -> ArticleRecords.parquetRow(r, ArticleRecords.fileName(r.getAs("_file"))));
        return rows.union(bad);
    }

    private static String master(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--master")) {
                return args[i + 1];
            }
        }
        return null;
    }
}
