package org.geobrief.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The artifact that {@code spark-submit} runs, {@code target/geobrief-spark.jar}, on its own: a class loader that sees
 * that jar and the JDK only (as an executor does, Spark aside) finds the job's main class and the gazetteer image
 * {@code geodata/places.bin} inside it, and loads the bundled gazetteer from it.
 */
class SparkJarIT {

    static final Path JAR = Path.of("target", "geobrief-spark.jar");

    @Test
    void the_spark_submit_jar_carries_the_gazetteer_image_and_loads_the_gazetteer_from_itself_alone() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("org.geobrief.batch.BatchGeoparse");
            assertThat(jar.getEntry("geodata/places.bin")).isNotNull();
            assertThat(jar.getEntry("geodata/places.bin").getSize()).isGreaterThan(1_000_000L);
        }
        try (URLClassLoader alone =
                new URLClassLoader(new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            URL image = alone.getResource("geodata/places.bin");
            assertThat(image.toString()).startsWith("jar:").contains("geobrief-spark.jar!/geodata/places.bin");

            Class<?> images = alone.loadClass("org.geobrief.gazetteer.internal.GazetteerImage");
            try (InputStream in = image.openStream()) {
                Object table = images.getMethod("read", InputStream.class).invoke(null, in);
                assertThat((int) table.getClass().getMethod("size").invoke(table))
                        .isGreaterThan(100_000);
            }
            Class<?> gazetteers = alone.loadClass("org.geobrief.gazetteer.Gazetteer");
            Object gazetteer = gazetteers.getMethod("load", ClassLoader.class).invoke(null, alone);
            List<?> almaty =
                    (List<?>) gazetteers.getMethod("candidates", String.class).invoke(gazetteer, "Almaty");
            assertThat(almaty).isNotEmpty();
            assertThat(almaty.get(0).toString()).contains("Almaty");
        }
    }
}
