package org.geobrief.geoparse.internal.resolve;

import java.util.ArrayList;
import java.util.List;
import org.geobrief.gazetteer.Place;
import org.geobrief.geoparse.MentionKind;
import org.geobrief.geoparse.TestPlaces;
import org.geobrief.geoparse.internal.recognise.RecognisedName;

/** Builds resolution states by hand: each name at its first occurrence in the text, with the given candidates. */
final class Docs {

    private final String text;
    private final List<MentionState> mentions = new ArrayList<>();
    private int from;

    Docs(String text) {
        this.text = text;
    }

    Docs name(String name, Place... candidates) {
        int at = text.indexOf(name, from);
        if (at < 0) {
            throw new IllegalArgumentException(name + " not in text after " + from);
        }
        from = at + name.length();
        mentions.add(new MentionState(
                new RecognisedName(at, at + name.length(), name, MentionKind.TOPONYM, List.of(candidates), 1)));
        return this;
    }

    DocumentState build() {
        return new DocumentState(text, mentions, new TestPlaces());
    }

    static Place best(DocumentState doc, int mention) {
        return doc.mentions().get(mention).best().place;
    }
}
