package org.geobrief.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A shared deployment (users configured) in headless Chromium: an unauthenticated visitor sees only the sign-in page,
 * a viewer who signs in sees the map without the import button, and every page carries the security headers.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "vaadin.productionMode=true",
            "geobrief.import.seed-on-first-start=false",
            "geobrief.users[0].name=vera",
            // bcrypt of "viewer-password"
            "geobrief.users[0].password-hash={bcrypt}$2a$10$ePr5cZTICO9kGd9TIJ2qQOWXMoovJZHfBzOh0tpXm2qjDtUbTN2Fy",
            "geobrief.users[0].role=viewer"
        })
class SignInIT {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "it-signin");
        registry.add("geobrief.data-dir", () -> dir.toAbsolutePath().toString());
    }

    @LocalServerPort
    int port;

    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1400,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                        .build(),
                options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) driver.quit();
    }

    @Test
    void an_unauthenticated_visitor_sees_only_the_sign_in_page() {
        driver.get("http://localhost:" + port + "/");
        wait.until(d -> d.getCurrentUrl().contains("/login"));
        wait.until(d -> !d.findElements(By.tagName("vaadin-login-form")).isEmpty());
        assertThat(driver.findElements(By.tagName("geobrief-map"))).isEmpty();
        driver.get("http://localhost:" + port + "/audit");
        wait.until(d -> d.getCurrentUrl().contains("/login"));
        assertThat(driver.getPageSource()).doesNotContain("Audit log");
    }

    @Test
    void a_viewer_signs_in_sees_the_map_and_no_import() throws Exception {
        driver.get("http://localhost:" + port + "/login");
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-login-form input[name='username']"))
                .isEmpty());
        driver.findElement(By.cssSelector("vaadin-login-form input[name='username']"))
                .sendKeys("vera");
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys("viewer-password", Keys.ENTER);
        wait.until(d -> !d.findElements(By.tagName("geobrief-map")).isEmpty());
        Files.write(Path.of("target", "signed-in-viewer.png"), driver.getScreenshotAs(OutputType.BYTES));
        Object importButtons = driver.executeScript("return [...document.querySelectorAll('vaadin-button')]"
                + ".filter(b => b.textContent.includes('Import') && b.offsetParent !== null).length");
        assertThat(((Number) importButtons).intValue())
                .as("visible import buttons")
                .isZero();
        driver.get("http://localhost:" + port + "/audit");
        wait.until(d -> d.getPageSource().contains("Could not navigate")
                || d.getPageSource().contains("not found")
                || d.getPageSource().contains("Access denied")
                || !d.getCurrentUrl().endsWith("/audit"));
        assertThat(driver.findElements(By.tagName("vaadin-grid")))
                .as("the audit log")
                .isEmpty();
    }

    @Test
    void every_page_carries_the_security_headers() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'")
                .contains("default-src 'self'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }
}
