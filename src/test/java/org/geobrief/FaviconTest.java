package org.geobrief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.vaadin.flow.server.AppShellSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FaviconTest {

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = FaviconTest.class.getResourceAsStream("/META-INF/resources/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void the_page_links_an_svg_icon_that_the_app_serves() throws IOException {
        AppShellSettings settings = mock(AppShellSettings.class);
        new GeoBriefApplication().configurePage(settings);

        verify(settings).addFavIcon("icon", "icons/favicon.svg", "any");
        assertThat(new String(resource("icons/favicon.svg"), StandardCharsets.UTF_8))
                .startsWith("<svg");
    }

    @Test
    void favicon_ico_is_served_too_as_an_icon_file() throws IOException {
        byte[] ico = resource("favicon.ico");
        assertThat(ico).startsWith(0, 0, 1, 0); // ICO header: reserved 0, type 1 (icon)
    }
}
