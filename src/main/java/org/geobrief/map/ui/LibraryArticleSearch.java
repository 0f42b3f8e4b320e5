package org.geobrief.map.ui;

import java.util.List;
import org.geobrief.ingest.ArticleLibrary;
import org.springframework.stereotype.Service;

/** {@link ArticleSearch} on the stored articles, through the ingest module's facade. */
@Service
class LibraryArticleSearch implements ArticleSearch {

    private final ArticleLibrary library;

    LibraryArticleSearch(ArticleLibrary library) {
        this.library = library;
    }

    @Override
    public List<String> matching(String text, int offset, int limit) {
        return library.search(text, offset, limit);
    }
}
