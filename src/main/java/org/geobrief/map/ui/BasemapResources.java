package org.geobrief.map.ui;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the bundled basemap (classpath {@code geodata/basemap/*.json|geojson}, GeoJSON or TopoJSON) to the map, with
 * caching headers: the files only change with a new build. {@code /basemap/index.json} lists them.
 */
@RestController
class BasemapResources implements WebMvcConfigurer {

    static final String INDEX_URL = "/basemap/index.json";
    private static final String LOCATION = "classpath:/geodata/basemap/";

    private final List<String> files;

    BasemapResources() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        files = Stream.concat(
                        Arrays.stream(resolver.getResources(LOCATION + "*.json")),
                        Arrays.stream(resolver.getResources(LOCATION + "*.geojson")))
                .map(Resource::getFilename)
                .filter(Objects::nonNull)
                .filter(name -> !name.equals("index.json"))
                .sorted()
                .map(name -> "/basemap/" + name)
                .toList();
    }

    @GetMapping(INDEX_URL)
    ResponseEntity<List<String>> index() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS))
                .body(files);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/basemap/**")
                .addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.maxAge(7, TimeUnit.DAYS).cachePublic());
    }
}
