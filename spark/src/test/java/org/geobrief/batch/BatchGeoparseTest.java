package org.geobrief.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.geobrief.ingest.DigestSplitter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKBReader;

/** The batch job in Spark's local mode on two cores, over a handful of articles and bad records. */
class BatchGeoparseTest {

    static final String ALMATY = "Police clashed with protesters in Almaty on Monday. Two people were killed.";
    static final String DHAKA = "Floods hit Dhaka on Tuesday after heavy rain, and thousands left their homes.";
    static final String JSONL = String.join(
            "\n",
            "{\"id\":\"a1\",\"title\":\"Clashes in Almaty\",\"text\":\"" + ALMATY + "\",\"published\":\"2022-01-10\","
                    + "\"outlet\":\"Wire\",\"url\":\"https://example.org/a1\"}",
            "{\"id\":\"a2\",\"text\":\"" + DHAKA + "\",\"published\":\"2023-07-04T08:00:00Z\"}",
            "{\"id\":\"a3\",\"text\": ",
            "{\"id\":\"a4\",\"title\":\"No text\"}",
            "{\"id\":\"a5\",\"text\":\"Rain in Dhaka.\",\"published\":\"yesterday\"}",
            "[1, 2]",
            "{\"id\":\"a1-again\",\"text\":\"" + ALMATY + "\",\"published\":\"2022-01-10\"}");

    static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("geobrief-batch-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.warehouse.dir", dir.resolve("warehouse").toString())
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void json_lines_become_articles_mentions_and_geoparquet_events_and_bad_records_become_rejects() throws Exception {
        Path in = write("in/articles.jsonl", JSONL);
        Path out = dir.resolve("out-jsonl");
        BatchGeoparse.Summary first = BatchGeoparse.run(spark, options(in, out, null));

        assertThat(column(out, "articles", "id"))
                .containsExactlyInAnyOrder(DigestSplitter.articleId(ALMATY), DigestSplitter.articleId(DHAKA));
        Row almaty = rows(out, "articles").stream()
                .filter(r -> r.getAs("id").equals(DigestSplitter.articleId(ALMATY)))
                .findFirst()
                .orElseThrow();
        assertThat(List.of(almaty.getAs("title"), almaty.getAs("outlet"), almaty.getAs("source"), almaty.getAs("text")))
                .containsExactly("Clashes in Almaty", "Wire", "articles.jsonl", ALMATY);

        Map<String, String> rejects = new HashMap<>();
        rows(out, "rejects").forEach(r -> rejects.put(r.getAs("input_id"), r.getAs("reason")));
        assertThat(rejects).containsOnlyKeys("articles.jsonl:3", "a4", "a5", "articles.jsonl:6");
        assertThat(rejects.get("articles.jsonl:3")).startsWith("not JSON");
        assertThat(rejects.get("a4")).isEqualTo("no text");
        assertThat(rejects.get("a5")).isEqualTo("published is not a date: yesterday");
        assertThat(rejects.get("articles.jsonl:6")).isEqualTo("not a JSON object");

        List<Row> events = rows(out, "events");
        Row atAlmaty = events.stream()
                .filter(r -> r.getAs("place_name").equals("Almaty"))
                .findFirst()
                .orElseThrow();
        Point p = (Point) new WKBReader().read((byte[]) atAlmaty.getAs("geometry"));
        assertThat(new double[] {p.getX(), p.getY()})
                .containsExactly((double) atAlmaty.getAs("lon"), (double) atAlmaty.getAs("lat"));
        assertThat((String) atAlmaty.getAs("sentence")).contains("Almaty");
        assertThat((String) atAlmaty.getAs("article_id")).isEqualTo(DigestSplitter.articleId(ALMATY));
        assertThat(column(out, "mentions", "surface")).contains("Almaty", "Dhaka");
        assertThat(geoMetadata(out.resolve("events"))).containsOnly(GeoParquet.metadata("geometry"));
        assertThat(geoMetadata(out.resolve("mentions"))).containsOnly(GeoParquet.metadata("geometry"));

        BatchGeoparse.Summary again = BatchGeoparse.run(spark, options(in, out, null));
        assertThat(again).isEqualTo(first);
        assertThat(column(out, "events", "event_id")).containsExactlyInAnyOrderElementsOf(ids(events));
    }

    @Test
    void a_folder_of_documents_is_read_as_the_import_reads_it_and_unreadable_files_are_rejected() throws Exception {
        write("docs/almaty.txt", ALMATY);
        write("docs/empty.txt", "");
        Files.write(dir.resolve("docs/blob.pdf"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 9});
        Path out = dir.resolve("out-docs");
        BatchGeoparse.run(spark, options(dir.resolve("docs"), out, null));

        assertThat(column(out, "articles", "id")).containsExactly(DigestSplitter.articleId(ALMATY));
        assertThat(column(out, "rejects", "input_id")).containsExactlyInAnyOrder("empty.txt", "blob.pdf");
        assertThat(column(out, "events", "place_name")).contains("Almaty");
    }

    @Test
    void storing_into_the_database_twice_stores_each_article_and_report_once() throws Exception {
        Path in = write("in-db/articles.jsonl", JSONL);
        String url = "jdbc:h2:file:" + dir.resolve("db/geobrief").toAbsolutePath();
        BatchGeoparse.run(
                spark,
                new BatchOptions(in.toString(), "auto", dir.resolve("out-db").toString(), url, "sa", "", 1 << 20));
        List<String> once = stored(url, "sa", "");
        BatchGeoparse.run(
                spark,
                new BatchOptions(in.toString(), "auto", dir.resolve("out-db").toString(), url, "sa", "", 1 << 20));

        assertThat(stored(url, "sa", "")).isEqualTo(once);
        assertThat(once)
                .contains("article " + DigestSplitter.articleId(ALMATY))
                .anySatisfy(row -> assertThat(row).startsWith("report Almaty ").contains("sentence in article"));
    }

    @Test
    void each_task_stores_its_articles_over_one_connection_in_batches_and_a_rerun_stores_nothing_twice()
            throws Exception {
        StringBuilder lines = new StringBuilder();
        int n = 150;
        for (int i = 1; i <= n; i++) {
            lines.append(
                    "{\"id\":\"n%d\",\"text\":\"Protesters marched in Almaty on Monday, day %d.\"}\n".formatted(i, i));
        }
        Path in = write("in-many/articles.jsonl", lines.toString());
        String url = "jdbc:h2:file:" + dir.resolve("db-many/geobrief").toAbsolutePath();
        BatchOptions options =
                new BatchOptions(in.toString(), "auto", dir.resolve("out-many").toString(), url, "sa", "", 1 << 20);

        int before = SharedStore.connectionsOpened();
        BatchGeoparse.run(spark, options);
        int opened = SharedStore.connectionsOpened() - before;
        List<String> once = stored(url, "sa", "");
        BatchGeoparse.run(spark, options);

        // local[2]: 8 shuffle partitions + 1 of rejects, each task one connection; the driver's migration a few more
        assertThat(opened).isLessThanOrEqualTo(16);
        assertThat(once.stream().filter(r -> r.startsWith("article "))).hasSize(n);
        assertThat(once).allSatisfy(row -> assertThat(row).doesNotContain("NOT in article"));
        assertThat(stored(url, "sa", "")).isEqualTo(once);
    }

    @Test
    void storing_into_postgresql_twice_stores_each_article_and_report_once() throws Exception {
        String base = System.getenv("GEOBRIEF_TEST_POSTGRES_URL");
        if (base == null || base.isBlank()) {
            assertThat(System.getenv("CI"))
                    .as("CI=true needs GEOBRIEF_TEST_POSTGRES_URL")
                    .isNotEqualToIgnoringCase("true");
            org.junit.jupiter.api.Assumptions.abort(
                    "GEOBRIEF_TEST_POSTGRES_URL is not set (source .ci/postgres start)");
        }
        String user = System.getenv().getOrDefault("GEOBRIEF_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("GEOBRIEF_TEST_POSTGRES_PASSWORD", "");
        String schema = "geobrief_batch_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(base, user, password)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
        Path in = write("in-pg/articles.jsonl", JSONL);
        BatchGeoparse.run(
                spark,
                new BatchOptions(
                        in.toString(), "auto", dir.resolve("out-pg").toString(), url, user, password, 1 << 20));
        List<String> once = stored(url, user, password);
        BatchGeoparse.run(
                spark,
                new BatchOptions(
                        in.toString(), "auto", dir.resolve("out-pg").toString(), url, user, password, 1 << 20));

        assertThat(stored(url, user, password)).isEqualTo(once);
        assertThat(once)
                .anySatisfy(row -> assertThat(row).startsWith("report Almaty ").contains("sentence in article"));
        try (Connection c = DriverManager.getConnection(url, user, password);
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT ST_AsText(geog) FROM events WHERE place_name = 'Almaty'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("POINT(76.9");
        }
    }

    /** Every stored article and event report, each report checked against its article's stored text. */
    private static List<String> stored(String url, String user, String password) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id FROM articles ORDER BY id")) {
                while (rs.next()) {
                    rows.add("article " + rs.getString(1));
                }
            }
            try (ResultSet rs = c.createStatement()
                    .executeQuery("SELECT e.place_name, e.id, s.sentence, a.body, s.sentence_start, a.span_start"
                            + " FROM events e JOIN event_sources s ON s.event_id = e.id"
                            + " JOIN articles a ON a.id = s.article_id ORDER BY e.id, s.sentence_start")) {
                while (rs.next()) {
                    String body = rs.getString(4);
                    int at = rs.getInt(5) - rs.getInt(6);
                    boolean linked = body.startsWith(rs.getString(3), body.offsetByCodePoints(0, at));
                    rows.add("report " + rs.getString(1) + " " + rs.getString(2)
                            + (linked ? " sentence in article" : " sentence NOT in article"));
                }
            }
        }
        return rows;
    }

    private static BatchOptions options(Path in, Path out, String jdbc) {
        return new BatchOptions(in.toString(), "auto", out.toString(), jdbc, null, null, 1 << 20);
    }

    private static Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static List<Row> rows(Path out, String table) {
        return spark.read().parquet(out.resolve(table).toString()).collectAsList();
    }

    private static List<String> column(Path out, String table, String name) {
        return rows(out, table).stream().map(r -> r.<String>getAs(name)).toList();
    }

    private static List<String> ids(List<Row> events) {
        return events.stream().map(r -> r.<String>getAs("event_id")).toList();
    }

    private static List<String> geoMetadata(Path folder) throws Exception {
        List<String> values = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().endsWith(".parquet"))
                    .toList()) {
                try (ParquetFileReader r = ParquetFileReader.open(
                        HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(part.toUri()), new Configuration()))) {
                    values.add(r.getFooter()
                            .getFileMetaData()
                            .getKeyValueMetaData()
                            .get("geo"));
                }
            }
        }
        assertThat(values).isNotEmpty();
        return values;
    }
}
