package org.geobrief.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.geobrief.map.ui.HeadlessChromium;
import org.geobrief.security.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A shared deployment (users configured) in headless Debian Chromium: an unauthenticated visitor sees only the sign-in
 * page; a viewer signs in, sees the map and the library but no import, correction or deletion, and may export; an
 * analyst uploads a file through the import dialog and its pins appear, recorded in the audit log under their name.
 * Every page carries the security headers, and the console shows no Content-Security-Policy violation while Vaadin,
 * the map and the dialogs work (the check itself is shown to see one). Saves {@code target/signed-in-analyst.png}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "vaadin.productionMode=true",
            "geobrief.import.seed-on-first-start=false",
            "geobrief.users[0].name=vera",
            // bcrypt of "viewer-password"
            "geobrief.users[0].password-hash={bcrypt}$2a$10$ePr5cZTICO9kGd9TIJ2qQOWXMoovJZHfBzOh0tpXm2qjDtUbTN2Fy",
            "geobrief.users[0].role=viewer",
            "geobrief.users[1].name=ana",
            // bcrypt of "analyst-password"
            "geobrief.users[1].password-hash=$2a$10$q5H9wARE699qOaZO7eGKgevQcE6j0ysks/LDFYZg4i2keDsiV5ELS",
            "geobrief.users[1].role=analyst"
        })
class SignInIT {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        HeadlessChromium.freshDataDir(registry, "it-signin");
    }

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        ChromeOptions options = HeadlessChromium.options();
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = HeadlessChromium.start(options);
        wait = HeadlessChromium.waitFor(driver, 120);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) driver.quit();
    }

    @Test
    void an_unauthenticated_visitor_sees_only_the_sign_in_page() {
        for (String page : List.of("/", "/articles", "/audit", "/?types=Battles")) {
            driver.get(url(page));
            wait.until(d -> d.getCurrentUrl().contains("/login"));
            wait.until(d -> !d.findElements(By.tagName("vaadin-login-form")).isEmpty());
            assertThat(driver.findElements(By.tagName("geobrief-map"))).as(page).isEmpty();
            assertThat(driver.findElements(By.tagName("vaadin-grid"))).as(page).isEmpty();
        }
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void a_wrong_password_stays_on_the_sign_in_page() {
        signIn("vera", "not-the-password");
        wait.until(d -> d.getCurrentUrl().contains("/login?error"));
        assertThat(driver.findElements(By.tagName("geobrief-map"))).isEmpty();
    }

    @Test
    void a_viewer_sees_the_map_and_the_library_but_no_import_correction_or_deletion() throws Exception {
        signIn("vera", "viewer-password");
        wait.until(d -> !d.findElements(By.tagName("geobrief-map")).isEmpty());
        wait.until(d -> visibleButton("Export…") != null);
        assertThat(visibleButton("Import…")).as("the import button").isNull();

        visibleButton("Export…").click(); // a viewer may export
        wait.until(d -> visibleButton("Download") != null);
        visibleButton("Close").click();

        driver.get(url("/articles"));
        wait.until(d -> !d.findElements(By.id("article-grid")).isEmpty());
        assertThat(visibleButton("Delete")).as("the delete button").isNull();
        assertThat(visibleButton("Set date")).as("the set-date button").isNull();

        driver.get(url("/audit"));
        wait.until(d -> d.getPageSource().contains("Could not navigate")
                || d.getPageSource().contains("not found")
                || d.getPageSource().contains("Access denied")
                || !d.getCurrentUrl().endsWith("/audit"));
        assertThat(driver.findElements(By.tagName("vaadin-grid")))
                .as("the audit log")
                .isEmpty();
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void an_analyst_imports_a_file_and_sees_its_pins_without_a_csp_violation() throws Exception {
        Path file = Files.createTempDirectory("signin-files").resolve("kazakhstan-csto-2022-01-05.txt");
        try (InputStream in = new ClassPathResource("seeds/kazakhstan-csto-2022-01-05.txt").getInputStream()) {
            Files.write(file, in.readAllBytes());
        }
        signIn("ana", "analyst-password");
        wait.until(d -> !d.findElements(By.tagName("geobrief-map")).isEmpty());
        wait.until(d -> visibleButton("Import…")).click();
        WebElement upload = wait.until(d -> d.findElement(By.tagName("vaadin-upload")));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        String summary = wait.until(d -> {
            String text = d.findElement(By.id("import-summary")).getText();
            return text.contains("Imported") ? text : null;
        });
        assertThat(summary).contains("from 1 document");
        int pins = wait.until(d -> pinCount() > 0 ? pinCount() : null);
        assertThat(pins).isPositive();
        visibleButton("Close").click();
        visibleButton("Export…").click();
        WebElement download =
                wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay a[download]")).stream()
                        .filter(a -> a.getAttribute("href") != null)
                        .findFirst()
                        .orElse(null));
        Object status = driver.executeAsyncScript(
                "fetch(arguments[0]).then(r => arguments[1](r.status))", download.getAttribute("href"));
        assertThat(((Number) status).intValue()).as("the briefing's download").isEqualTo(200);
        Thread.sleep(500); // the page settles before the picture
        Files.write(Path.of("target", "signed-in-analyst.png"), driver.getScreenshotAs(OutputType.BYTES));

        assertThat(cspViolations()).isEmpty();
        assertThat(audit.recent(20))
                .extracting(e -> e.user() + " " + e.action())
                .contains("ana import", "ana export");

        // the check above sees a violation when there is one: an image from another origin is refused
        driver.executeScript("const i = document.createElement('img'); i.src = 'http://192.0.2.1/x.png';"
                + " document.body.appendChild(i);");
        wait.until(d -> !cspViolations().isEmpty());
    }

    @Test
    void every_page_carries_the_security_headers() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'")
                .contains("default-src 'self'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    private void signIn(String user, String password) {
        driver.get(url("/login"));
        WebElement name =
                wait.until(d -> d.findElements(By.cssSelector("vaadin-login-form input[name='username']")).stream()
                        .findFirst()
                        .orElse(null));
        name.sendKeys(user);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password, Keys.ENTER);
    }

    /** The console's Content-Security-Policy messages since the last call. */
    private List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    /** The shown button with that text, or null; looked up again when Vaadin re-renders a button meanwhile. */
    private WebElement visibleButton(String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElements(By.tagName("vaadin-button")).stream()
                        .filter(b -> b.isDisplayed() && b.getText().strip().equals(text))
                        .findFirst()
                        .orElse(null);
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private int pinCount() {
        Object n = driver.executeScript(
                "const m = document.querySelector('geobrief-map'); return m && m.pinCount ? m.pinCount() : 0");
        return ((Number) n).intValue();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
