package org.geobrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.Flyway;
import org.geobrief.briefing.ArticleMeta;
import org.geobrief.briefing.SampleEvents;
import org.geobrief.events.EventCatalog;
import org.geobrief.events.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int export(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(
                all,
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    /** A fresh database with the sample events and their articles, as an import would leave it. */
    private static String storedSample(String name) throws Exception {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            PreparedStatement ps = c.prepareStatement("INSERT INTO articles (id, source, span_start, span_end, title,"
                    + " outlet, url, published, language, body, imported_at) VALUES (?, 'test', 0, 1, ?, ?, ?, ?, 'en',"
                    + " 'x', ?)");
            for (Map.Entry<String, ArticleMeta> a : SampleEvents.ARTICLES.entrySet()) {
                ps.setString(1, a.getKey());
                ps.setString(2, a.getValue().title());
                ps.setString(3, a.getValue().outlet());
                ps.setString(4, a.getValue().url());
                ps.setDate(5, Date.valueOf(a.getValue().published()));
                ps.setTimestamp(6, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
            new EventCatalog(null).store(c, SampleEvents.kazakhstan());
        }
        return url;
    }

    @Test
    void stored_events_are_filtered_and_written_with_their_articles() throws Exception {
        String db = storedSample("export1");
        Path out = dir.resolve("kz.csv");

        int code = export(
                "--format",
                "csv",
                "--out",
                out.toString(),
                "--db",
                db,
                "--country",
                "kz",
                "--from",
                "2022-01-04",
                "--min-confidence",
                "0.6");

        assertThat(code).as(stderr.toString()).isZero();
        String text = Files.readString(out, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(text))
                .getRecords();
        // KZ from 4 January with confidence >= 0.6: the Aktau protest, the Almaty riot, troops, the clash
        assertThat(rows).extracting(r -> r.get("event_id")).containsExactlyInAnyOrder("e2", "e3", "e4", "e5");
        CSVRecord riot = rows.stream()
                .filter(r -> r.get("event_id").equals("e2"))
                .findFirst()
                .orElseThrow();
        assertThat(riot.get("source")).contains("Reuters", "Eurasianet", "Vlast.kz");
        assertThat(stdout.toString()).contains("4 events");
    }

    @Test
    void a_type_filter_takes_acled_labels() throws Exception {
        ExportOptions o = ExportOptions.parse(new String[] {
            "--format", "pdf", "--out", "x.pdf", "--type", "Violence against civilians,riots", "--extent=-10,35,30,60"
        });

        assertThat(o.query().types()).containsExactlyInAnyOrder(EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.RIOTS);
        assertThat(o.extent().minLon()).isEqualTo(-10);
        assertThat(o.filterSummary()).contains("Violence against civilians").contains("stored articles");
    }

    @Test
    void bad_arguments_exit_2_and_write_nothing() {
        assertThat(export("--format", "docx", "--out", dir.resolve("x").toString()))
                .isEqualTo(2);
        assertThat(export("--format", "csv")).isEqualTo(2);
        assertThat(export("--format", "csv", "--out", "x.csv", "--from", "5 Jan"))
                .isEqualTo(2);
        assertThat(stderr.toString()).contains("unknown format docx", "--format and --out are required", "YYYY-MM-DD");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void an_empty_data_dir_is_reported_not_created() {
        Path data = dir.resolve("data");

        int code = export("--format", "csv", "--out", dir.resolve("x.csv").toString(), "--data-dir", data.toString());

        assertThat(code).isEqualTo(1);
        assertThat(stderr.toString()).contains("no stored articles");
        assertThat(Files.exists(data.resolve("geobrief.mv.db"))).isFalse();
        assertThat(Files.exists(dir.resolve("x.csv"))).isFalse();
    }

    @Test
    void files_are_parsed_into_located_sourced_events() throws Exception {
        Path seed = dir.resolve("kazakhstan-csto-2022-01-05.txt");
        try (InputStream in = getClass().getResourceAsStream("/seeds/kazakhstan-csto-2022-01-05.txt")) {
            Files.copy(in, seed);
        }
        Path all = dir.resolve("all.geojson");
        Path none = dir.resolve("none.geojson");

        assertThat(export("--format", "geojson", "--out", all.toString(), seed.toString()))
                .as(stderr.toString())
                .isZero();
        assertThat(export("--format", "geojson", "--out", none.toString(), "--country", "ZZ", seed.toString()))
                .isZero();

        JsonNode features = new ObjectMapper().readTree(all.toFile()).get("features");
        assertThat(features.size()).isPositive();
        for (JsonNode f : features) {
            assertThat(f.get("geometry").get("coordinates").size()).isEqualTo(2);
            JsonNode source = f.get("properties").get("sources").get(0);
            String body = Files.readString(seed);
            assertThat(body).contains(source.get("sentence").asText().strip());
        }
        assertThat(new ObjectMapper().readTree(none.toFile()).get("features").size())
                .isZero();
    }
}
