package org.geobrief.map.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.geobrief.base.TextSpan;
import org.geobrief.events.GeoEvent;
import org.geobrief.events.SourceLink;
import org.geobrief.geoparse.ResolvedMention;
import org.geobrief.ingest.Article;
import org.geobrief.ingest.StoredArticle;

/**
 * An article with every place mention highlighted (click: {@link MentionClicked}), the sentences of its events
 * underlined (click: {@link EventChosen}) and one sentence marked and scrolled into view.
 */
public class ReaderPanel extends VerticalLayout {

    private boolean correctable = true;

    /** The user clicked a place mention. */
    public static class MentionClicked extends ComponentEvent<ReaderPanel> {
        private final ResolvedMention mention;

        MentionClicked(ReaderPanel panel, ResolvedMention mention) {
            super(panel, true);
            this.mention = mention;
        }

        public ResolvedMention mention() {
            return mention;
        }
    }

    /** The user wants to correct where a mention was placed. */
    public static class CorrectionRequested extends MentionClicked {
        CorrectionRequested(ReaderPanel panel, ResolvedMention mention) {
            super(panel, mention);
        }
    }

    private final Div mentionBar = new Div();
    private final Div text = new Div();
    private Article article;
    private TextSpan marked;

    public ReaderPanel() {
        setId("reader");
        text.getStyle()
                .set("white-space", "pre-wrap")
                .set("line-height", "1.5")
                .set("overflow", "auto")
                .set("min-height", "0");
        text.setWidthFull();
        text.setId("reader-text");
        // remembers how far the analyst scrolled, so that a refresh (after a correction) can return there
        text.getElement().executeJs("this.addEventListener('scroll', () => { this.__top = this.scrollTop; })");
        mentionBar.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(mentionBar, text);
        setFlexGrow(1, text);
    }

    public Article article() {
        return article;
    }

    /**
     * @param marked the sentence to mark and scroll to, code points in the article's source document (as in a
     *     {@link org.geobrief.events.SourceLink}), or null
     */
    public void show(StoredArticle stored, TextSpan marked) {
        render(stored, marked, true);
    }

    /**
     * Shows the article again as it is stored now (after a correction), with the same sentence marked and scrolled as
     * far as the analyst had scrolled.
     */
    public void refresh(StoredArticle stored) {
        render(stored, stored.article().id().equals(article == null ? null : article.id()) ? marked : null, false);
        text.getElement().executeJs("this.scrollTop = this.__top || 0");
    }

    private void render(StoredArticle stored, TextSpan marked, boolean scrollToMark) {
        Article a = stored.article();
        this.article = a;
        this.marked = marked;
        removeAll();
        mentionBar.removeAll();
        text.removeAll();
        String body = a.text();
        int length = body.codePointCount(0, body.length());
        // an article's text usually opens with its title: then that line (with its place mentions) is the heading and
        // the text starts after it, instead of the title twice
        int titleEnd = titleLineEnd(body, a.title());
        int textStart = titleEnd;
        while (textStart >= 0
                && textStart < length
                && Character.isWhitespace(body.codePointAt(body.offsetByCodePoints(0, textStart)))) {
            textStart++;
        }
        H3 heading = new H3(titleEnd >= 0 ? "" : a.title() == null || a.title().isBlank() ? a.source() : a.title());
        add(heading, mentionBar, text);
        TextSpan mark = marked == null ? null : stored.inText(new SourceLink(a.id(), marked));
        List<ResolvedMention> mentions = stored.mentions();
        Map<GeoEvent, List<TextSpan>> sentences = new LinkedHashMap<>();
        stored.events()
                .forEach(e -> sentences.put(
                        e,
                        e.sources().stream()
                                .filter(s -> s.link().articleId().equals(a.id()))
                                .map(s -> stored.inText(s.link()))
                                .toList()));
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        if (titleEnd > 0) {
            cuts.add(titleEnd);
            cuts.add(textStart);
        }
        mentions.forEach(m -> cut(cuts, m.mention().span(), length));
        sentences.values().forEach(spans -> spans.forEach(s -> cut(cuts, s, length)));
        if (mark != null) cut(cuts, mark, length);
        Span first = null;
        Integer start = null;
        for (int end : cuts) {
            if (start != null && end > start) {
                TextSpan piece = new TextSpan(start, end);
                Span span =
                        new Span(body.substring(body.offsetByCodePoints(0, start), body.offsetByCodePoints(0, end)));
                decorate(span, piece, mentions, sentences);
                if (mark != null && mark.contains(piece)) {
                    span.addClassName("marked");
                    span.getStyle().set("background", "#ffe066");
                    if (first == null) first = span;
                }
                if (end <= titleEnd) {
                    heading.add(span);
                } else if (start >= textStart) {
                    text.add(span);
                } // else the blank lines between title and text
            }
            start = end;
        }
        if (first != null && scrollToMark) first.getElement().executeJs("this.scrollIntoView({block: 'center'})");
    }

    /**
     * Where the title line that opens {@code body} ends (code points), or -1 when the text does not open with
     * {@code title} (leading blank lines and surrounding spaces ignored).
     */
    static int titleLineEnd(String body, String title) {
        if (title == null || title.isBlank()) return -1;
        String t = title.strip();
        int start = 0;
        while (start < body.length() && Character.isWhitespace(body.charAt(start))) start++;
        if (!body.startsWith(t, start)) return -1;
        int end = start + t.length();
        int lineEnd = body.indexOf('\n', end);
        if (!body.substring(end, lineEnd < 0 ? body.length() : lineEnd).isBlank()) return -1;
        return body.codePointCount(0, end);
    }

    /**
     * Whether a clicked mention offers "Correct place…": only where a map is beside the reader to pick the right place
     * on (the dashboard), not in the article library.
     */
    public void setCorrectable(boolean correctable) {
        this.correctable = correctable;
    }

    /** Shows the clicked mention's resolution, with a button to correct it where the reader is correctable. */
    public void showMention(ResolvedMention m) {
        mentionBar.removeAll();
        String where = m.isResolved() ? m.place().name() + ", " + m.place().countryCode() : "not placed";
        mentionBar.add(new Span("“" + m.mention().text() + "” → " + where + String.format(" (%.2f) ", m.confidence())));
        if (correctable) {
            Button correct = new Button("Correct place…", e -> fireEvent(new CorrectionRequested(this, m)));
            correct.addThemeVariants(ButtonVariant.LUMO_SMALL);
            mentionBar.add(correct);
        }
    }

    public Registration addMentionClickedListener(ComponentEventListener<MentionClicked> listener) {
        return addListener(MentionClicked.class, e -> {
            if (!(e instanceof CorrectionRequested)) listener.onComponentEvent(e);
        });
    }

    public Registration addCorrectionRequestedListener(ComponentEventListener<CorrectionRequested> listener) {
        return addListener(CorrectionRequested.class, listener);
    }

    public Registration addEventChosenListener(ComponentEventListener<EventChosen> listener) {
        return addListener(EventChosen.class, listener);
    }

    private void decorate(
            Span span, TextSpan piece, List<ResolvedMention> mentions, Map<GeoEvent, List<TextSpan>> sentences) {
        for (ResolvedMention m : mentions) {
            if (m.mention().span().contains(piece)) {
                span.addClassName("mention");
                span.getStyle()
                        .set("background", m.isResolved() ? "#cfe8ff" : "#eee")
                        .set("cursor", "pointer")
                        .set("border-radius", "3px");
                span.addClickListener(c -> {
                    showMention(m);
                    fireEvent(new MentionClicked(this, m));
                });
                return;
            }
        }
        for (Map.Entry<GeoEvent, List<TextSpan>> entry : sentences.entrySet()) {
            GeoEvent e = entry.getKey();
            if (entry.getValue().stream().anyMatch(s -> s.contains(piece))) {
                span.addClassName("event-sentence");
                span.getStyle().set("text-decoration", "underline dotted").set("cursor", "pointer");
                span.addClickListener(c -> fireEvent(new EventChosen(this, e)));
                return;
            }
        }
    }

    private static void cut(TreeSet<Integer> cuts, TextSpan span, int length) {
        cuts.add(Math.max(0, Math.min(length, span.start())));
        cuts.add(Math.max(0, Math.min(length, span.end())));
    }
}
