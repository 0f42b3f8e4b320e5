package org.geobrief;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Features talk through their facades: no class outside a feature uses that feature's {@code internal} package, and
 * each feature's SQL names only the tables it owns (the tables another feature owns are reached through its facade).
 */
class FeatureBoundariesTest {

    static final List<String> FEATURES = List.of(
            "base", "gazetteer", "geoparse", "timeline", "events", "ingest", "briefing", "map", "security", "cli");

    /** Every table the migrations create, and the feature whose repository alone reads and writes it. */
    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("articles", "ingest"),
            Map.entry("mentions", "ingest"),
            Map.entry("corrections", "ingest"),
            Map.entry("app_state", "ingest"),
            Map.entry("import_log", "ingest"),
            Map.entry("article_dates", "ingest"),
            Map.entry("outlet_regions", "ingest"),
            Map.entry("events", "events"),
            Map.entry("event_sources", "events"),
            Map.entry("event_cells", "events"),
            Map.entry("event_days", "events"),
            Map.entry("audit_log", "security"));

    private static final Path MAIN = Path.of("src/main/java/org/geobrief");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern STRING = Pattern.compile("\"([^\"\\\\\n]*+(?:\\\\.[^\"\\\\\n]*+)*+)\"");
    private static final Pattern TABLE_USE = Pattern.compile("(?i)\\b(?:from|join|into|update|table|exists)\\s+(\\w+)");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.geobrief");

    @Test
    void no_class_outside_a_feature_uses_its_internal_package() {
        for (String f : FEATURES) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage("org.geobrief." + f + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.geobrief." + f + ".internal..")
                    .because("other features use " + f + " through its facade")
                    .check(classes);
        }
    }

    @Test
    void every_table_has_an_owning_feature() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path sql : files.toList()) {
                Matcher m = CREATE.matcher(Files.readString(sql));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(created).isNotEmpty();
        assertThat(OWNER.keySet()).as("tables with an owner").containsAll(created);
    }

    @Test
    void a_feature_sql_names_only_its_own_tables() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String feature : FEATURES) {
            Path dir = MAIN.resolve(feature);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path java : files.filter(p -> p.toString().endsWith(".java"))
                        .filter(p -> !isBenchFixture(p))
                        .toList()) {
                    violations.addAll(foreignTables(feature, java));
                }
            }
        }
        assertThat(violations).as("SQL naming another feature's table").isEmpty();
    }

    /**
     * A command-line benchmark that fills a scratch schema with synthetic rows of several features' tables (the
     * PostGIS benchmark's million events): it measures the store and reads no other feature's data.
     */
    private static boolean isBenchFixture(Path java) {
        return java.startsWith(MAIN.resolve("cli"))
                && java.getFileName().toString().endsWith("Bench.java");
    }

    /** The tables owned by other features that SQL in {@code java}'s string literals names. */
    static List<String> foreignTables(String feature, Path java) throws IOException {
        List<String> out = new ArrayList<>();
        Matcher s = STRING.matcher(Files.readString(java));
        while (s.find()) {
            Matcher t = TABLE_USE.matcher(s.group(1));
            while (t.find()) {
                String table = t.group(1).toLowerCase(Locale.ROOT);
                String owner = OWNER.get(table);
                if (owner != null && !owner.equals(feature)) {
                    Path name = java.startsWith(MAIN) ? MAIN.relativize(java) : java.getFileName();
                    out.add(name + " names " + table + " (owned by " + owner + ")");
                }
            }
        }
        return out;
    }

    @Test
    void the_sql_scan_sees_a_foreign_table() throws IOException {
        Path tmp = Files.createTempFile("Foreign", ".java");
        try {
            Files.writeString(
                    tmp, "class X { String q = \"SELECT s.id FROM event_sources s JOIN articles a ON 1=1\"; }");
            assertThat(foreignTables("events", tmp)).singleElement().asString().contains("articles (owned by ingest)");
            assertThat(foreignTables("ingest", tmp)).singleElement().asString().contains("event_sources");
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
