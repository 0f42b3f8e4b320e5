package org.geobrief.geoparse.internal.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geobrief.base.TextSpan;
import org.geobrief.gazetteer.Names;
import org.geobrief.gazetteer.PlaceCandidate;
import org.geobrief.geoparse.HomeRegions;
import org.geobrief.geoparse.PlaceMention;
import org.geobrief.geoparse.ResolvedMention;
import org.geobrief.geoparse.internal.PlaceIndex;
import org.geobrief.geoparse.internal.recognise.RecognisedName;

/**
 * Picks a place for every recognised name by running the resolution passes in order: corrections, priors,
 * qualifiers, then document context (country, proximity) twice so that each settles the other, and finally one
 * sense per name.
 */
public final class Resolver {

    /** Candidates kept per mention after the priors; the rest are too unlikely to win on context. */
    private static final int KEEP = 40;
    /** Candidates reported per mention. */
    private static final int REPORT = 5;

    private final PlaceIndex index;

    public Resolver(PlaceIndex index) {
        this.index = index;
    }

    public List<ResolvedMention> resolve(String text, List<RecognisedName> names, Map<String, Long> overrides) {
        return resolve(text, names, overrides, HomeRegions.NONE, done -> {});
    }

    /**
     * As {@link #resolve(String, List, Map)}, with the outlet's home regions as a prior, reporting the share of its
     * passes applied to {@code progress}.
     */
    public List<ResolvedMention> resolve(
            String text,
            List<RecognisedName> names,
            Map<String, Long> overrides,
            HomeRegions home,
            java.util.function.DoubleConsumer progress) {
        List<MentionState> states = new ArrayList<>(names.size());
        for (RecognisedName n : names) {
            states.add(new MentionState(n));
        }
        DocumentState doc = new DocumentState(text, states, index);
        Map<String, Long> keyed = new HashMap<>();
        overrides.forEach((k, v) -> keyed.put(Names.normalise(k), v));
        List<ResolutionPass> chain = List.of(
                new OverridePass(keyed),
                new PopulationPriorPass(),
                new FeatureClassPriorPass(),
                Resolver::prune,
                new QualifiedNamePass(),
                new ShortFormPass(),
                new DatelinePass(),
                new HomeRegionPass(home),
                new CountryContextPass(),
                new ProximityPass(),
                new CountryContextPass(),
                new ProximityPass(),
                new CountyStatePass(),
                new OneSensePerDocumentPass());
        for (int p = 0; p < chain.size(); p++) {
            chain.get(p).apply(doc);
            progress.accept((p + 1.0) / chain.size());
        }
        CodePoints cp = new CodePoints(text);
        List<ResolvedMention> out = new ArrayList<>(states.size());
        for (MentionState m : states) {
            m.normalise();
            List<Candidate> ranked = m.candidates.stream()
                    .sorted(Comparator.comparingDouble((Candidate c) -> -c.score))
                    .limit(REPORT)
                    .toList();
            double sum = ranked.stream().mapToDouble(c -> c.score).sum();
            List<PlaceCandidate> candidates = ranked.stream()
                    .map(c -> new PlaceCandidate(c.place, sum > 0 ? c.score / sum : 1.0 / ranked.size()))
                    .toList();
            Candidate top = ranked.get(0);
            double recognition = 1 - Math.exp(-(m.name.evidence() + 0.7));
            double confidence = m.forced != null ? 1 : top.score * recognition;
            RecognisedName n = m.name;
            PlaceMention mention = new PlaceMention(n.text(), cp.span(n.charStart(), n.charEnd()), n.kind());
            out.add(new ResolvedMention(mention, top.place, round(confidence), candidates));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static void prune(DocumentState doc) {
        for (MentionState m : doc.mentions()) {
            if (m.candidates.size() > KEEP) {
                m.candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score));
                m.candidates.subList(KEEP, m.candidates.size()).clear();
            }
            m.normalise();
        }
    }

    /** UTF-16 to code-point offsets, linear in the text once. */
    private static final class CodePoints {
        private final String text;
        private final boolean bmpOnly;

        CodePoints(String text) {
            this.text = text;
            this.bmpOnly = text.codePoints().allMatch(c -> c < 0x10000);
        }

        TextSpan span(int charStart, int charEnd) {
            return bmpOnly ? new TextSpan(charStart, charEnd) : TextSpan.ofChars(text, charStart, charEnd);
        }
    }
}
