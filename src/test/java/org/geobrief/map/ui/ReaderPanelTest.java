package org.geobrief.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import java.time.Instant;
import java.util.List;
import org.geobrief.base.TextSpan;
import org.geobrief.ingest.Article;
import org.geobrief.ingest.StoredArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReaderPanelTest {

    private final ReaderPanel reader = new ReaderPanel();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().add(reader);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private void show(String title, String text) {
        Article a = new Article(
                "a1", "digest.txt", new TextSpan(0, text.length()), title, null, null, null, null, "en", text);
        reader.show(new StoredArticle(a, Instant.EPOCH, List.of(), List.of(), List.of()), null);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void a_text_that_opens_with_its_title_shows_the_title_once_as_its_heading() {
        show("Rally in Paris", "Rally in Paris\n\nProtesters marched in Paris on Sunday.");

        assertThat(occurrences(reader.getElement().getTextRecursively(), "Rally in Paris"))
                .isEqualTo(1);
        assertThat(LocatorJ._get(reader, H3.class).getElement().getTextRecursively())
                .isEqualTo("Rally in Paris");
        assertThat(LocatorJ._get(reader, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("reader-text"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Protesters marched in Paris on Sunday.");
    }

    @Test
    void a_text_without_its_title_gets_the_title_as_a_heading() {
        show("Unrest in Kazakhstan", "Protesters marched in Almaty on Sunday.");

        assertThat(LocatorJ._get(reader, H3.class).getText()).isEqualTo("Unrest in Kazakhstan");
        assertThat(ReaderPanel.titleLineEnd("  Rally in Paris, again\n", "Rally in Paris"))
                .isEqualTo(-1);
    }
}
