package org.geobrief.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard in headless Debian Chromium: the seed articles imported, pins on the map, a pin clicked shows its
 * source sentence, a date filter changes the count. Saves {@code target/map-dashboard.png}. Afterwards it loads
 * 10,000 synthetic pins and prints the median frame render time (a figure, never a failure).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "geobrief.import.seed-on-first-start=false"})
class MapDashboardIT {

    /** A fresh database for every run. */
    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        HeadlessChromium.freshDataDir(registry, "it-data");
    }

    @LocalServerPort
    int port;

    @Autowired
    DashboardData data;

    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        ChromeOptions options = HeadlessChromium.options();
        // WebGL in software (SwiftShader): --disable-gpu alone leaves the map no WebGL, and its points path untested
        options.addArguments("--enable-unsafe-swiftshader", "--use-angle=swiftshader");
        driver = HeadlessChromium.start(options);
        wait = HeadlessChromium.waitFor(driver, 60);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) driver.quit();
    }

    @Test
    void analyst_sees_pins_opens_a_source_sentence_and_filters_by_date() throws Exception {
        importSeeds();
        driver.get("http://localhost:" + port + "/");
        WebElement map = wait.until(d -> d.findElement(By.tagName("geobrief-map")));
        List<List<Number>> pins = wait.until(d -> {
            List<List<Number>> p = pinPixels(map);
            return p.isEmpty() ? null : p;
        });
        assertThat(pins).isNotEmpty();

        clickPin(map, pins.get(0));
        By sentences = By.cssSelector("#event-panel .source-sentence");
        String sentence = wait.until(d -> d.findElement(sentences).getText());
        assertThat(sentence).startsWith("“").endsWith("”");
        driver.findElement(sentences).click();
        String marked = wait.until(d -> {
            String text = d.findElements(By.cssSelector("#reader .marked")).stream()
                    .map(WebElement::getText)
                    .reduce("", String::concat);
            return text.isBlank() ? null : text;
        });
        assertThat(sentence).contains(marked.strip());

        String before = driver.findElement(By.id("event-count")).getText();
        narrowTimelineToFirstDay();
        wait.until(d -> !d.findElement(By.id("event-count")).getText().equals(before));
        String after = driver.findElement(By.id("event-count")).getText();
        assertThat(after).contains(" of ");
        long shown = Long.parseLong(after.substring(0, after.indexOf(' ')));
        Number drawn = wait.until(d -> {
            Number n = (Number) driver.executeScript("return arguments[0].pinCount()", map);
            return n.longValue() == shown ? n : null;
        });
        assertThat(drawn.longValue()).as("events the map draws after filtering").isEqualTo(shown);
        assertThat(driver.getCurrentUrl()).contains("from=").contains("to=");
        screenshot("map-dashboard.png");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_event_known_only_by_its_region_is_the_regions_area_and_a_click_opens_it() throws Exception {
        importSeeds();
        driver.get("http://localhost:" + port + "/");
        WebElement map = wait.until(d -> d.findElement(By.tagName("geobrief-map")));
        // the sample digest reports protests "in the western region of Mangystau": no town, so the region's area
        Map<String, Object> region = wait.until(
                d -> ((List<Map<String, Object>>) driver.executeScript("return arguments[0].areaPixels()", map))
                        .stream()
                                .filter(a -> Boolean.TRUE.equals(a.get("region")))
                                .findFirst()
                                .orElse(null));
        assertThat((String) region.get("label")).matches("\\d+ events? in .+ region");
        WebElement legend =
                (WebElement) driver.executeScript("return arguments[0].shadowRoot.querySelector('.legend')", map);
        if (!"true".equals(legend.getDomProperty("open"))) {
            driver.executeScript("arguments[0].querySelector('summary').click()", legend);
        }
        wait.until(d -> legend.getText().contains("known only by country / region"));

        // close in, away from the pins of its towns, and click the area at its label
        List<Number> at = (List<Number>) driver.executeScript(
                "const m = arguments[0]; const v = m.map.getView();"
                        + " v.setCenter(m.map.getCoordinateFromPixel(arguments[1])); v.setZoom(6);"
                        + " m.map.renderSync(); return m.areaPixels().find(a => a.key === arguments[2]).pixel",
                map,
                region.get("pixel"),
                region.get("key"));
        click(map, at);
        String place = wait.until(d -> d.findElements(By.cssSelector("#event-panel")).stream()
                .map(WebElement::getText)
                .filter(t -> t.contains(" region, "))
                .findFirst()
                .orElse(null));
        assertThat(place).contains("Place: in ");
        screenshot("map-dashboard-region.png");
    }

    @Test
    void as_webgl_points_the_map_draws_the_events_the_list_counts_and_a_click_opens_one() throws Exception {
        importSeeds();
        driver.get("http://localhost:" + port + "/");
        WebElement map = wait.until(d -> d.findElement(By.tagName("geobrief-map")));
        wait.until(d -> !pinPixels(map).isEmpty());
        // the WebGL path from the first event on (the app uses it from 5,000); the server sends the events again
        driver.executeScript("arguments[0].webglFrom = 1", map);
        driver.findElement(By.id("in-view")).click();
        wait.until(d -> (Boolean) driver.executeScript("return arguments[0].isWebGl()", map));
        assertThat(pinPixels(map)).isNotEmpty();

        String before = driver.findElement(By.id("event-count")).getText();
        narrowTimelineToFirstDay();
        wait.until(d -> !d.findElement(By.id("event-count")).getText().equals(before));
        String after = driver.findElement(By.id("event-count")).getText();
        long shown = Long.parseLong(after.substring(0, after.indexOf(' ')));
        Number drawn = wait.until(d -> {
            Number n = (Number) driver.executeScript("return arguments[0].pinCount()", map);
            return n.longValue() == shown ? n : null;
        });
        assertThat(drawn.longValue())
                .as("events the WebGL map draws after filtering")
                .isEqualTo(shown);

        List<List<Number>> pins = wait.until(d -> {
            List<List<Number>> p = pinPixels(map);
            return p.isEmpty() ? null : p;
        });
        clickPin(map, pins.get(0));
        String sentence = wait.until(d ->
                d.findElement(By.cssSelector("#event-panel .source-sentence")).getText());
        assertThat(sentence).startsWith("“");
        screenshot("map-dashboard-webgl.png");
    }

    @Test
    void at_1024x768_no_panel_scrolls_sideways_and_the_key_columns_show() throws Exception {
        if (data.events().isEmpty()) importSeeds();
        // the viewport itself, not the window around it
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1024, "height", 768, "deviceScaleFactor", 1, "mobile", false));
        driver.get("http://localhost:" + port + "/");
        WebElement map = wait.until(d -> d.findElement(By.tagName("geobrief-map")));
        wait.until(d -> ((Number) driver.executeScript("return arguments[0].pinCount()", map)).intValue() > 0);
        wait.until(d ->
                !d.findElements(By.cssSelector("#event-panel .overview-event")).isEmpty());
        assertThat(sidewaysScrolling())
                .as("panels wider than their box, with no event chosen")
                .isEmpty();
        assertThat(hiddenColumns("Date", "Type", "Place", "Rep.", "Conf.")).isEmpty();
        assertThat(overlappingFilters()).as("filters drawn over each other").isEmpty();
        assertThat(cutLabels()).as("filter labels cut short with an ellipsis").isEmpty();
        // on a map this small the legend starts folded to its total, and opens (and stays open) when clicked
        WebElement legend =
                (WebElement) driver.executeScript("return arguments[0].shadowRoot.querySelector('.legend')", map);
        assertThat(legend.getDomProperty("open")).isEqualTo("false");
        assertThat(legend.getText()).matches("\\d+ events?");
        driver.executeScript("arguments[0].querySelector('summary').click()", legend);
        wait.until(d -> "true".equals(legend.getDomProperty("open")));
        assertThat(legend.getText()).contains("Protests");

        driver.findElements(By.cssSelector("#event-panel .overview-event"))
                .get(0)
                .click();
        wait.until(d ->
                !d.findElements(By.cssSelector("#event-panel .source-sentence")).isEmpty());
        driver.findElement(By.cssSelector("#event-panel .source-sentence")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#reader .marked")).isEmpty());
        assertThat(sidewaysScrolling())
                .as("panels wider than their box, with an event and its article")
                .isEmpty();
        screenshot("map-dashboard-1024x768.png");
    }

    /** Ids (or tags) of the page's scrolling boxes whose content is wider than the box (scrollWidth > clientWidth). */
    @SuppressWarnings("unchecked")
    private List<String> sidewaysScrolling() {
        return (List<String>)
                driver.executeScript(
                        """
                const boxes = [document.scrollingElement, document.getElementById('event-panel'),
                  document.getElementById('reader'), document.getElementById('reader-text'),
                  document.getElementById('event-list').shadowRoot.getElementById('table')];
                const wide = b => { const right = b.getBoundingClientRect().left + b.clientWidth;
                  return [...b.querySelectorAll('*')].filter(c => c.getBoundingClientRect().right > right + 1)
                    .slice(-2).map(c => c.localName + '.' + c.className + ' "'
                      + (c.textContent || '').trim().slice(0, 40) + '"'); };
                return boxes.filter(b => b && b.scrollWidth > b.clientWidth + 1)
                  .map(b => (b.id || b.localName) + ' ' + b.scrollWidth + '>' + b.clientWidth + ' ' + wide(b));
                """);
    }

    /**
     * The filter row's labels cut short with an ellipsis ("Min. confide…"): the field's label part, which clips, holds
     * more than its width (by a single pixel at 1024, so no tolerance).
     */
    @SuppressWarnings("unchecked")
    private List<String> cutLabels() {
        return (List<String>)
                driver.executeScript(
                        """
                return [...document.getElementById('filters').children]
                  .map(f => f.shadowRoot && f.shadowRoot.querySelector('[part="label"]'))
                  .filter(l => l && l.offsetWidth > 0 && l.scrollWidth > l.clientWidth)
                  .map(l => l.getRootNode().host.label + ' ' + l.scrollWidth + '>' + l.clientWidth);
                """);
    }

    /** Pairs of the filter row's parts (timeline, filters) whose boxes overlap. */
    @SuppressWarnings("unchecked")
    private List<String> overlappingFilters() {
        return (List<String>)
                driver.executeScript(
                        """
                const parts = [...document.getElementById('filters').children];
                const out = [];
                parts.forEach((a, i) => parts.slice(i + 1).forEach(b => {
                  const r = a.getBoundingClientRect(), s = b.getBoundingClientRect();
                  const inner = a.shadowRoot ? [...a.shadowRoot.querySelectorAll('*')] : [];
                  const right = Math.max(r.right, ...inner.map(c => c.getBoundingClientRect().right));
                  if (r.left < s.right - 1 && s.left < right - 1 && r.top < s.bottom - 1 && s.top < r.bottom - 1)
                    out.push(a.localName + ' over ' + b.localName);
                }));
                return out;
                """);
    }

    /** The list's column headers among {@code labels} not wholly inside the list's visible width. */
    @SuppressWarnings("unchecked")
    private List<String> hiddenColumns(String... labels) {
        return (List<String>) driver.executeScript(
                """
                const grid = document.getElementById('event-list');
                const box = grid.getBoundingClientRect();
                const headers = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                  .filter(c => arguments[0].includes(c.textContent.trim()));
                const shown = headers.filter(c => { const r = c.getBoundingClientRect();
                  return r.width > 0 && r.left >= box.left - 1 && r.right <= box.right + 1; })
                  .map(c => c.textContent.trim());
                return arguments[0].filter(l => !shown.includes(l));
                """,
                List.of(labels));
    }

    /** The sample documents bundled with the app, imported the way an upload is. */
    private void importSeeds() throws Exception {
        Resource[] seeds = new PathMatchingResourcePatternResolver().getResources("classpath:seeds/*.txt");
        assertThat(seeds).isNotEmpty();
        for (Resource seed : seeds) {
            byte[] bytes;
            try (InputStream in = seed.getInputStream()) {
                bytes = in.readAllBytes();
            }
            DashboardData.ImportJob job = data.importFile(seed.getFilename(), bytes);
            long deadline = System.currentTimeMillis() + 180_000;
            while (!job.isDone() && System.currentTimeMillis() < deadline) Thread.sleep(100);
            assertThat(job.failed()).as(job.message()).isFalse();
        }
        assertThat(data.events()).as("events from the seeds").isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<List<Number>> pinPixels(WebElement map) {
        return (List<List<Number>>) driver.executeScript("return arguments[0].pinPixels()", map);
    }

    /** Clicks a pin; a cluster zooms in instead of selecting, so it clicks the first pin again until one selects. */
    private void clickPin(WebElement map, List<Number> pixel) {
        click(map, pixel);
        WebDriverWait shortWait = new WebDriverWait(driver, Duration.ofSeconds(8));
        shortWait.ignoring(StaleElementReferenceException.class);
        for (int i = 0; i < 6; i++) {
            try {
                shortWait.until(d -> !d.findElements(By.cssSelector("#event-panel .source-sentence"))
                        .isEmpty());
                return;
            } catch (TimeoutException e) {
                List<List<Number>> pins = pinPixels(map);
                if (!pins.isEmpty()) click(map, pins.get(0));
            }
        }
    }

    private void click(WebElement map, List<Number> pixel) {
        // Selenium offsets are from the element's centre
        int x = (int) Math.round(pixel.get(0).doubleValue() - map.getRect().getWidth() / 2.0);
        int y = (int) Math.round(pixel.get(1).doubleValue() - map.getRect().getHeight() / 2.0);
        new Actions(driver).moveToElement(map, x, y).click().perform();
    }

    /** Drags nothing: sets the "to" thumb onto the "from" thumb as a user would with the keyboard. */
    private void narrowTimelineToFirstDay() {
        SearchContext timeline =
                driver.findElement(By.tagName("geobrief-timeline")).getShadowRoot();
        WebElement to =
                timeline.findElements(By.cssSelector("input[type=range]")).get(1);
        driver.executeScript(
                "arguments[0].value = arguments[0].min;"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}))",
                to);
    }

    private void screenshot(String name) throws Exception {
        Files.write(Path.of("target", name), driver.getScreenshotAs(OutputType.BYTES));
    }
}
