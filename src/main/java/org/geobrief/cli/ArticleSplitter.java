package org.geobrief.cli;

import java.time.LocalDate;
import java.util.List;

/** Cuts a file's text into articles (a digest holds several). */
@FunctionalInterface
public interface ArticleSplitter {

    /** Articles of {@code text}, in order; {@code published} is the date given on the command line, or null. */
    List<ArticleInput> split(String source, String text, LocalDate published);

    /** The whole file is one article, titled by its first non-blank line. */
    static ArticleSplitter wholeFile() {
        return (source, text, published) -> {
            String title = text.strip().lines().findFirst().orElse("").strip();
            return List.of(new ArticleInput(
                    title, published, new org.geobrief.base.TextSpan(0, text.codePointCount(0, text.length())), text));
        };
    }
}
