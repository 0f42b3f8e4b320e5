package org.geobrief.events.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores extracted events against hand-coded ones, article by article. A predicted event matches a gold event of the
 * same article when its date is the gold's at the gold's precision ({@link GoldEvent#sameTime}) and its point is
 * within {@value #MAX_KM} km of the gold's. Matching is one-to-one and greedy by distance: of all date-compatible
 * pairs within reach, the closest is paired first, then the closest of the rest, and so on (ties by order in the
 * inputs). Type is not part of matching; type and family accuracy are read on the matched pairs. A gold event left
 * unmatched is counted as missed on place when an unmatched event of its article has its date, else as missed on date
 * when one is within reach, else as not found. Feed it article by article, then read {@link #scores()}.
 */
public final class EventScorer {

    /** The match radius: 100 miles, the threshold of the geoparsing benchmarks (acc@161). */
    public static final double MAX_KM = 161;

    /** One matched pair and its distance. */
    public record Match(GoldEvent gold, PredictedEvent predicted, double km) {}

    private int predicted;
    private int gold;
    private int missedPlace;
    private int missedDate;
    private final List<Match> matches = new ArrayList<>();
    private final Map<String, int[]> goldByFamily = new LinkedHashMap<>();
    private final Map<String, int[]> predictedByFamily = new LinkedHashMap<>();

    /** Adds one article's gold events and the events the system found in it; returns the pairs matched. */
    public List<Match> add(List<GoldEvent> goldEvents, List<PredictedEvent> predictions) {
        gold += goldEvents.size();
        predicted += predictions.size();
        goldEvents.forEach(g -> goldByFamily.computeIfAbsent(g.family(), k -> new int[1])[0]++);
        predictions.forEach(p -> predictedByFamily.computeIfAbsent(p.family(), k -> new int[1])[0]++);

        List<Match> candidates = new ArrayList<>();
        for (GoldEvent g : goldEvents) {
            for (PredictedEvent p : predictions) {
                if (g.sameTime(p.date())) {
                    double km = g.point().distanceKm(p.point());
                    if (km <= MAX_KM) {
                        candidates.add(new Match(g, p, km));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Match::km)); // stable: ties keep input order
        List<GoldEvent> goldTaken = new ArrayList<>();
        List<PredictedEvent> predictedTaken = new ArrayList<>();
        List<Match> found = new ArrayList<>();
        for (Match m : candidates) {
            if (containsSame(goldTaken, m.gold()) || containsSame(predictedTaken, m.predicted())) {
                continue;
            }
            goldTaken.add(m.gold());
            predictedTaken.add(m.predicted());
            found.add(m);
        }
        matches.addAll(found);
        for (GoldEvent g : goldEvents) {
            if (containsSame(goldTaken, g)) {
                continue;
            }
            List<PredictedEvent> left = predictions.stream()
                    .filter(p -> !containsSame(predictedTaken, p))
                    .toList();
            if (left.stream().anyMatch(p -> g.sameTime(p.date()))) {
                missedPlace++;
            } else if (left.stream().anyMatch(p -> g.point().distanceKm(p.point()) <= MAX_KM)) {
                missedDate++;
            }
        }
        return found;
    }

    /** Identity, not equality: two equal records are still two events. */
    private static boolean containsSame(List<?> list, Object o) {
        for (Object x : list) {
            if (x == o) {
                return true;
            }
        }
        return false;
    }

    public EventScores scores() {
        Map<String, EventScores.FamilyScores> families = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(EventFamilies.TYPES_BY_FAMILY.keySet());
        names.add("Other");
        for (String family : names) {
            int g = goldByFamily.getOrDefault(family, new int[1])[0];
            int p = predictedByFamily.getOrDefault(family, new int[1])[0];
            if (g == 0 && p == 0) {
                continue;
            }
            int goldMatched = (int) matches.stream()
                    .filter(m -> m.gold().family().equals(family))
                    .count();
            int predictedMatched = (int) matches.stream()
                    .filter(m -> m.predicted().family().equals(family))
                    .count();
            int typeRight = (int) matches.stream()
                    .filter(m -> m.gold().family().equals(family) && sameType(m))
                    .count();
            families.put(family, new EventScores.FamilyScores(g, goldMatched, p, predictedMatched, typeRight));
        }
        int typeRight = (int) matches.stream().filter(EventScorer::sameType).count();
        int familyRight = (int) matches.stream()
                .filter(m -> m.gold().family().equals(m.predicted().family()))
                .count();
        return new EventScores(
                matches.size(),
                predicted,
                gold,
                typeRight,
                familyRight,
                new EventScores.Misses(missedPlace, missedDate, gold - matches.size() - missedPlace - missedDate),
                families);
    }

    private static boolean sameType(Match m) {
        return m.gold().type().equalsIgnoreCase(m.predicted().type());
    }
}
