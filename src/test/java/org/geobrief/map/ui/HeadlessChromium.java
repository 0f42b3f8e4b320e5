package org.geobrief.map.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, as the browser tests use it: no sandbox (root in CI),
 * no background networking (the machine has no network and refuses the connections), a fresh profile, 1600×1000.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {}

    /** The options every browser test starts from; a test may add its own (download folder, …). */
    public static ChromeOptions options() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1600,1000",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        return options;
    }

    public static ChromeDriver start(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    /** A wait that polls through Vaadin's re-rendering (stale elements are looked up again). */
    public static WebDriverWait waitFor(ChromeDriver driver, int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Points the app under test at a fresh data folder under {@code target/}: every run starts from an empty store. */
    public static void freshDataDir(DynamicPropertyRegistry registry, String prefix) throws IOException {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), prefix);
        registry.add("geobrief.data-dir", () -> dir.toAbsolutePath().toString());
    }
}
