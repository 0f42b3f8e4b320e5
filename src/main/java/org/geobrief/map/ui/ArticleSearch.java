package org.geobrief.map.ui;

import java.util.List;

/**
 * The article library's search: the ids of the articles whose title, outlet, source, text or a place name in them
 * contains a text, case-insensitive, one page at a time (newest publication first). The database answers; the view
 * never scans article texts.
 */
@FunctionalInterface
public interface ArticleSearch {

    List<String> matching(String text, int offset, int limit);
}
