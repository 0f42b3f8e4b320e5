package org.geobrief.timeline.internal;

import java.util.List;

/** Finds one kind of date expression in a text (a sentence or a paragraph). */
public interface DateRule {

    /** Adds every expression of this rule's kind in {@code text} to {@code out}. */
    void find(String text, DateContext context, List<DateMatch> out);
}
