package org.geobrief.cli;

import java.time.LocalDate;
import org.geobrief.base.TextSpan;

/**
 * One article of an input file, as the parse command sees it.
 *
 * @param span code points of the article within the file's whole text
 * @param published publication date, null when unknown
 * @param text the article's text: the file's text inside {@code span}
 */
public record ArticleInput(String title, LocalDate published, TextSpan span, String text) {}
