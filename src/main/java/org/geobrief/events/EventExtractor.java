package org.geobrief.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geobrief.base.AnalysisProgress;
import org.geobrief.base.TextSpan;
import org.geobrief.events.internal.ActorFinder;
import org.geobrief.events.internal.ArrestDates;
import org.geobrief.events.internal.ArticleVoice;
import org.geobrief.events.internal.Assaults;
import org.geobrief.events.internal.Companions;
import org.geobrief.events.internal.DateClauses;
import org.geobrief.events.internal.DatedReferences;
import org.geobrief.events.internal.DisasterConsequences;
import org.geobrief.events.internal.Durations;
import org.geobrief.events.internal.EventIds;
import org.geobrief.events.internal.FatalityCounter;
import org.geobrief.events.internal.LegalFrames;
import org.geobrief.events.internal.MentionAt;
import org.geobrief.events.internal.NamedYears;
import org.geobrief.events.internal.OffenceDates;
import org.geobrief.events.internal.OldCases;
import org.geobrief.events.internal.Ongoing;
import org.geobrief.events.internal.PlacePicker;
import org.geobrief.events.internal.PlacePicker.Pick;
import org.geobrief.events.internal.RecentEvents;
import org.geobrief.events.internal.ReportVenues;
import org.geobrief.events.internal.Sentence;
import org.geobrief.events.internal.SentenceSplitter;
import org.geobrief.events.internal.StateClauses;
import org.geobrief.events.internal.SubtypeRules;
import org.geobrief.events.internal.SubtypeRules.Kind;
import org.geobrief.events.internal.TriggerLexicon;
import org.geobrief.events.internal.TriggerLexicon.Hit;
import org.geobrief.events.internal.TriggerSelection;
import org.geobrief.events.internal.WeekMiddles;
import org.geobrief.events.internal.WholeYears;
import org.geobrief.gazetteer.Place;
import org.geobrief.geoparse.MentionKind;
import org.geobrief.geoparse.ResolvedMention;
import org.geobrief.timeline.DateResolver;
import org.geobrief.timeline.ResolvedDate;
import org.geobrief.timeline.TimePrecision;

/**
 * Turns an article's sentences into typed, dated, located events.
 *
 * <p>Pipeline per sentence: trigger words and phrases ({@link TriggerLexicon}) → kind refined from the sentence
 * ({@link SubtypeRules}), weak triggers kept only where the sentence says the event happened, negated or intended
 * ones dropped → date, place, actors and fatalities → one event per kind per sentence. Events reported twice in the
 * article are merged ({@link EventMerger}). Headline-like lines (no final punctuation) yield no events.
 *
 * <p>Date: the date expression in the sentence nearest the trigger (a date that only dates a statement, "said on
 * Thursday", counts when it is the only one); else the date stated earlier in the same paragraph (the sentence
 * continues that account); else the publication date with {@link TimePrecision#WEEK} precision (on or shortly
 * before publication); else null. Events dated more than {@value #MAX_AGE_DAYS} days before publication are
 * background ("protests in Ukraine in 2014") and dropped. No event is dated after publication: planned ones ("will
 * march on Friday") are dropped; past-tense ones are misdated ("four days later" counted from the wrong day) and get
 * the publication date with week precision.
 *
 * <p>Place: the scene chosen by {@link PlacePicker} among the sentence's mentions; else the scene stated earlier
 * in the paragraph; else a town-level scene of the paragraph before ("Earlier, witnesses reported an explosion near
 * the square"); else the article's place: its dateline place when in the most-mentioned country, otherwise that
 * country (geo precision at least 2). Events with no place at all are dropped.
 *
 * <p>Offsets: {@code text} is the article's text and {@code offset} the code point where it starts in its
 * document. Mention spans are document code points (as are the returned events' sentence spans); mentions outside
 * the article are ignored. Confidence multiplies trigger strength by how each of date and place was found.
 */
public final class EventExtractor {

    /** Events dated further before publication than this are background, not news. */
    public static final int MAX_AGE_DAYS = 90;

    /** Sentences between two progress reports. */
    private static final int PROGRESS_SENTENCES = 500;

    /** How far back a charge's crime is sought where the article narrates it: a charge may come years after the act. */
    private static final int OLD_CRIME_DAYS = 10 * 365;
    /** Events less likely than this are not reported. */
    public static final double MIN_CONFIDENCE = 0.25;

    private static final Pattern DATELINE =
            Pattern.compile("\\b(\\p{Lu}{3,}(?:[ -]\\p{Lu}{3,})*)(?:,\\s*\\p{Lu}[\\p{L} .]+?)?"
                    + "(?:,?\\s*(?:\\d{1,2}\\s+\\p{Lu}\\p{L}+\\.?|\\p{Lu}\\p{L}+\\.?\\s+\\d{1,2})(?:,?\\s+\\d{4})?)?" // "KYIV, 6 March 2024 –"
                    + "\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—]");

    /**
     * A dateline without its dash, opening the text: a place and a colon ("Kuala Lumpur: Malaysian authorities
     * ordered ..."), or a place in capitals before the first sentence ("OKLAHOMA CITY The Latest on ...").
     */
    private static final Pattern BARE_DATELINE =
            Pattern.compile("\\s*+(?:(\\p{Lu}[\\p{L}.'’-]*+(?:\\s\\p{Lu}[\\p{L}.'’-]*+){0,2}):\\s+(?=\\p{Lu})"
                    + "|(\\p{Lu}{3,}+(?:[ -]\\p{Lu}{3,}+)*+)\\s++(?=\\p{Lu}\\p{Ll}))");

    private static final Pattern NATIONWIDE = Pattern.compile(
            "\\b(?:(?:across|throughout|all\\s+over|around)\\s+the\\s+(?:[\\w-]+\\s+){0,2}(?:country|nation)|nationwide"
                    + "|countrywide)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|shall|'ll|is\\s+due|are\\s+due|scheduled|plans?\\s+to|planned|is\\s+set\\s+to|are\\s+set\\s+to"
                    + "|expected\\s+to|to\\s+be\\s+held|next\\s+(?:week|month|year))\\b",
            Pattern.CASE_INSENSITIVE);

    /** A date that bounds, not schedules: "elections are due by August". */
    private static final Pattern DEADLINE = Pattern.compile(
            "\\b(?:due\\s+by|no\\s+later\\s+than|by\\s+the\\s+end\\s+of|deadline|at\\s+the\\s+latest)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A past-tense report dated more than this many days after publication names a day of the year before (a month
     * and day without a year); nearer, it is a weekday or a relative day read the wrong way and is dated at publication.
     */
    static final int LAST_YEARS_DAY_AFTER = 7;

    private final DateResolver dates = new DateResolver();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final TriggerSelection triggers = new TriggerSelection(new TriggerLexicon(), new SubtypeRules());
    private final ActorFinder actors = new ActorFinder();
    private final FatalityCounter fatalities = new FatalityCounter();
    private final PlacePicker places = new PlacePicker();
    private final EventMerger merger = new EventMerger();

    public List<GeoEvent> extract(
            String articleId, String text, int offset, LocalDate published, List<ResolvedMention> mentions) {
        return extract(articleId, text, offset, published, mentions, AnalysisProgress.NONE);
    }

    /** As {@link #extract(String, String, int, LocalDate, List)}, reporting the share of sentences read. */
    public List<GeoEvent> extract(
            String articleId,
            String text,
            int offset,
            LocalDate published,
            List<ResolvedMention> mentions,
            AnalysisProgress progress) {
        List<MentionAt> located = locate(text, offset, mentions);
        int[] dateline = dateline(text);
        Optional<Pick> articlePlace = articlePlace(text, located, dateline);
        Optional<Pick> articleCountry = articlePlace.flatMap(p -> countryOf(p.place(), located));
        String home = articleCountry.map(p -> p.place().countryCode()).orElse(null);
        int datelineEnd = datelineEnd(text);
        List<MentionAt> scenes = new ArrayList<>(located.stream()
                .filter(m -> m.end() <= dateline[0] || m.start() >= dateline[1])
                .toList());
        scenes.sort(Comparator.comparingInt(MentionAt::start)); // stable: text order kept
        List<MentionAt> names = new ArrayList<>(located);
        names.sort(Comparator.comparingInt(MentionAt::start));
        Set<String> placeNames = new HashSet<>();
        for (MentionAt m : located) {
            placeNames.add(text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT));
        }
        List<GeoEvent> events = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : splitter.split(text)) {
            sentences.addAll(StateClauses.split(text, s, within(scenes, s.start(), s.end())));
        }
        List<String> sentenceTexts = new ArrayList<>();
        List<List<ResolvedDate>> sentenceDates = new ArrayList<>();
        LocalDate anchor = null;
        for (Sentence s : sentences) {
            String sentence = s.text(text);
            List<ResolvedDate> found = dates.resolveAll(sentence, published, anchor);
            anchor = DateResolver.nextAnchor(anchor, found);
            sentenceTexts.add(sentence);
            sentenceDates.add(found);
        }
        boolean personal = ArticleVoice.personal(text); // an opinion piece: only the news it dates
        DatedReferences.InArticle references =
                new DatedReferences.InArticle(sentenceTexts, sentenceDates, published, MAX_AGE_DAYS);
        int paragraph = -1;
        ResolvedDate paragraphDate = null;
        ResolvedDate paragraphReport = null; // "said Wednesday in Rabat": when the paragraph's statements were made
        ResolvedDate storyDate = null;
        ResolvedDate lastStated = null; // the time the narrative last gave, recent or not
        List<GeoEvent> titleEvents = new ArrayList<>();
        boolean titleLine = !sentences.isEmpty()
                && TitleLines.titleLike(
                        sentenceTexts.get(0), sentenceDates.get(0).isEmpty());
        Pick paragraphPlace = null;
        Pick carriedPlace = null;
        String previous = "";
        Set<EventType> attempts = EnumSet.noneOf(EventType.class); // crimes the article told as attempts so far
        Set<EventType> oldCases = EnumSet.noneOf(EventType.class); // types the article told as background so far
        for (int index = 0; index < sentences.size(); index++) {
            if (index % PROGRESS_SENTENCES == 0) {
                progress.at(AnalysisProgress.Stage.READING_EVENTS, (double) index / sentences.size());
            }
            Sentence s = sentences.get(index);
            String sentence = sentenceTexts.get(index);
            List<MentionAt> sentenceScenes = within(scenes, s.start(), s.end());
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                paragraphDate = null;
                paragraphReport = null;
                carriedPlace = paragraphPlace != null && paragraphPlace.geoPrecision() < 3 ? paragraphPlace : null;
                paragraphPlace = null;
                previous = "";
            }
            List<ResolvedDate> found = sentenceDates.get(index);
            attempts.addAll(triggers.attempted(sentence)); // "arrested in attempted robbery" as a headline too
            if (s.headline()) {
                continue;
            }
            TriggerSelection.Selection selection = triggers.selectAll(sentence, previous + " " + sentence);
            // the sentences on either side, across paragraphs: "stabbed him in the back. ¶ He was pronounced dead"
            String around = (index > 0 ? sentenceTexts.get(index - 1) : "") + " " + sentence + " "
                    + (index + 1 < sentences.size() ? sentenceTexts.get(index + 1) : "");
            previous = sentence;
            Map<Kind, Hit> kinds = new LinkedHashMap<>(selection.reported());
            kinds.putAll(selection.planned());
            List<MentionAt> sentenceNames = within(names, s.start(), s.end());
            for (Map.Entry<Kind, Hit> e : kinds.entrySet()) {
                Kind kind = e.getKey();
                Hit hit = e.getValue();
                if (insidePlaceName(sentenceNames, s.start() + hit.start(), s.start() + hit.end())
                        || namesPlace(sentence, hit, placeNames)) {
                    continue; // "HURRICANE, W.Va. - … Hurricane police found the two": the town, not a storm
                }
                boolean announced = selection.planned().containsKey(kind);
                if (!announced && TriggerSelection.refersToAttempt(sentence, hit, kind.type(), attempts)) {
                    continue; // "the victim of the robbery was not harmed": the attempt told before
                }
                boolean planned = false;
                double confidence = announced ? 0.6 : triggers.strength(sentence, hit);
                ResolvedDate date = nearest(sentence, found, hit.start(), datelineEnd - s.start());
                if (announced) {
                    date = nextOccurrence(date, published);
                    if (date == null || (published != null && date.date().isBefore(published))) {
                        continue; // an announcement without its date is not mapped
                    }
                }

                OptionalInt namedYear = NamedYears.of(sentence, hit.start());
                if (published != null
                        && namedYear.isPresent()
                        && LocalDate.of(namedYear.getAsInt(), 12, 31).isBefore(published.minusDays(MAX_AGE_DAYS))) {
                    oldCases.add(kind.type());
                    continue; // "the 1946 Moore's Ford lynching": an old event named by its year
                }
                // "was charged with drug trafficking, police said. ... In a police raid at their home Thursday, the
                // two were arrested": a crime known only through its arrest is dated at the arrest (another sentence's
                // date: its span is not this sentence's)
                Optional<ResolvedDate> arrest = !announced
                                && date == null
                                && paragraphDate == null
                                && kind.type().family() == EventFamily.CRIME
                                && ArrestDates.knownByArrest(sentence)
                        ? ArrestDates.elsewhere(sentenceTexts, sentenceDates, index, published)
                        : Optional.empty();
                if (!announced
                        && !legalFrameAllows(sentence, hit, kind, date)
                        && !(arrest.isPresent() && !LegalFrames.courtReport(sentence))) {
                    continue;
                }
                if (kind.type() == EventType.HOMICIDE
                        && hit.trigger().type() == EventType.VIOLENCE_AGAINST_CIVILIANS
                        && Assaults.withoutDeath(around)) {
                    continue; // "stabbed the other girl repeatedly in the chest": an assault, no taxonomy type
                }
                if (!announced
                        && kind.type().family() == EventFamily.CRIME
                        && (date == null ? paragraphDate == null : OffenceDates.datesProceedings(sentence, date))) {
                    // "was hit by the theft" / "was arrested Saturday": the act is dated where it is narrated
                    Optional<ResolvedDate> act =
                            OffenceDates.elsewhere(sentenceTexts, sentenceDates, index, published, MAX_AGE_DAYS);
                    if (act.isPresent()) {
                        date = act.get();
                    }
                }
                if (!announced
                        && kind.type().family() == EventFamily.CRIME
                        && statedIn(found, date)
                        && LegalFrames.datesTheProceeding(
                                sentence, hit.start(), date.span().toChars(sentence)[0])) {
                    // "On Monday, a grand jury indicted Smith on charges of murder": the killing is dated where the
                    // article narrates it ("found the body ... early last December"), however long ago, or as long
                    // before the charge as the sentence says ("about three months later")
                    Optional<Integer> lag = OffenceDates.lagDays(sentence);
                    if (published != null
                            && lag.isPresent()
                            && date.date().minusDays(lag.get()).isBefore(published.minusDays(MAX_AGE_DAYS))) {
                        oldCases.add(kind.type());
                        continue;
                    }
                    Optional<ResolvedDate> own = actDate(sentence, found, hit.end());
                    Optional<ResolvedDate> act = own.isPresent()
                            ? own // "charged him last week with robbing the credit union on Dec. 5"
                            : OffenceDates.elsewhere(sentenceTexts, sentenceDates, index, published, OLD_CRIME_DAYS);
                    if (act.isPresent()) {
                        date = act.get();
                    }
                }
                if (date == null && arrest.isPresent()) {
                    date = arrest.get();
                }
                if (!announced && date == null && OldCases.refersTo(sentence, hit, kind.type(), oldCases)) {
                    continue; // "how they connected Smith with the homicide", after December's killing: the old case
                }
                if (!announced && personal && date == null) {
                    continue; // "We must remember the attack ...": the writer's argument, not news
                }
                if (!announced && statedIn(found, date) && toldEarlier(sentence, date, published)) {
                    // (a date taken from another sentence has no span here: it was not told in this one)
                    oldCases.add(kind.type());
                    continue; // "Stewart told commissioners in January that ... he fatally shot": old news retold
                }
                TimePrecision precision;
                LocalDate day;
                ResolvedDate dating = date; // the stated date the day comes from, if any
                Optional<ResolvedDate> referred = Optional.empty();
                if (date != null) {
                    day = date.date();
                    precision = date.precision();
                } else if ((referred = references.nearest(index, kind.type())).isPresent()) {
                    dating = referred.get(); // "a fire destroyed the building ... just before Friday's blaze"
                    day = dating.date();
                    precision = dating.precision();
                    confidence *= 0.9;
                } else if (published != null && RecentEvents.told(sentence, hit.start())) {
                    day = published; // "two recent scams": shortly before publication, not the paragraph's month
                    precision = TimePrecision.WEEK;
                    confidence *= 0.8;
                } else if (kind.type() == EventType.OFFICIAL_VISIT && paragraphReport != null) {
                    // "Scalise, who is on a visit to Morocco": a visit is under way when its visitor speaks
                    day = paragraphReport.date();
                    precision = paragraphReport.precision();
                    confidence *= 0.85;
                } else if (published != null
                        && (paragraphDate != null || storyDate != null)
                        && Ongoing.toldNow(sentence, hit.start(), hit.end())) {
                    // "sparked by a fuel-price rise on January 2 ... As the government now turns to external help and
                    // deploys its own troops": told at the time of writing, not at the date the paragraph gave
                    day = published;
                    precision = TimePrecision.WEEK;
                    confidence *= 0.8;
                } else if (paragraphDate != null
                        && !(background(paragraphDate, published) && Ongoing.told(sentence, hit.start(), hit.end()))) {
                    // "When Trump visited Riyadh last year ... The crown prince is coming to the end of a tour": the
                    // ongoing tour is not last year's
                    dating = paragraphDate;
                    day = paragraphDate.date();
                    precision = paragraphDate.precision();
                    confidence *= 0.85;
                } else if (storyDate != null) {
                    day = storyDate.date(); // the narrative goes on at the time last established
                    precision = storyDate.precision();
                    confidence *= 0.8;
                } else if (published != null
                        && kind.type().family() == EventFamily.CRIME
                        && lastStated != null
                        && background(lastStated, published)) {
                    oldCases.add(kind.type());
                    continue; // a retold crime: "murdered a gay couple ... found dead on July 1, 1999"; no date of its
                    // own
                } else if (published != null) {
                    day = published;
                    precision = TimePrecision.WEEK;
                    confidence *= 0.7;
                } else {
                    day = null;
                    precision = TimePrecision.MONTH;
                    confidence *= 0.5;
                }
                if (!announced && WholeYears.only(dating)) {
                    continue; // "came under harsh scrutiny this year over ...": a year summed up, no dated occurrence
                }
                Optional<Durations.Span> lasting = Durations.before(sentence, hit.start());
                if (lasting.isPresent() && day != null && !announced) {
                    // "sparked two weeks of protests": the event is dated at the span's middle
                    LocalDate middle = date != null && lasting.get().startsAtStatedDate()
                            ? lasting.get().middleFrom(day)
                            : date == null && day.equals(published)
                                    ? lasting.get().middleTo(published)
                                    : null;
                    if (middle != null && (published == null || !middle.isAfter(published))) {
                        day = middle;
                        precision = lasting.get().precision();
                    }
                }
                if (dating != null && precision == TimePrecision.WEEK && day.equals(dating.date())) {
                    day = WeekMiddles.day(dating, published); // "killed last week": the middle of that week
                }
                // "in late January": a month is background only when all of it is
                LocalDate lastDay = date != null && date.date().equals(day) ? OffenceDates.lastDay(date) : day;
                if (day != null && published != null && lastDay.isBefore(published.minusDays(MAX_AGE_DAYS))) {
                    oldCases.add(kind.type());
                    continue;
                }
                if (announced) {
                    planned = true;
                } else if (day != null && published != null && day.isAfter(published)) {
                    if (TriggerSelection.plannable(kind)
                            && date != null
                            && date.date().isAfter(published)
                            && !DEADLINE.matcher(sentence).find()) {
                        planned = true; // "elections are scheduled for 3 March", "is holding an election on 11 April"
                    } else if (FUTURE.matcher(sentence).find()) {
                        continue; // intended, not (yet) an event
                    } else if (day.isAfter(published.plusDays(LAST_YEARS_DAY_AFTER))) {
                        // "It was there on July 7 that the brothers were arrested", told in April: last year's July
                        LocalDate lastYears = day.minusYears(1);
                        if (lastYears.isBefore(published.minusDays(MAX_AGE_DAYS))) {
                            continue;
                        }
                        day = lastYears;
                    } else {
                        day = published; // a past-tense report cannot be dated after its publication
                        precision = TimePrecision.WEEK;
                        confidence *= 0.8;
                    }
                }

                Optional<Pick> scene = places.pick(
                        text,
                        s.start(),
                        s.end(),
                        s.start() + hit.start(),
                        sentenceScenes,
                        kind.subtype().equals("Deployment of troops"),
                        home,
                        STATE_ACTS.contains(kind.type()));
                Pick place;
                Optional<Pick> national = Optional.empty();
                Optional<Pick> own = Optional.empty();
                Optional<Pick> capital = Optional.empty();
                Optional<Pick> town = Optional.empty();
                if (nationwide(sentence, hit) && articleCountry.isPresent()) {
                    place = articleCountry.get();
                } else if (kind.type() == EventType.OFFICIAL_VISIT
                        && scene.isPresent()
                        && scene.get().place().isCountry()
                        && paragraphPlace != null
                        && paragraphPlace.geoPrecision() < 3
                        && paragraphPlace
                                .place()
                                .countryCode()
                                .equals(scene.get().place().countryCode())) {
                    place = paragraphPlace; // "said in Rabat ... on a visit to Morocco": the visit is where the visitor
                    // is
                } else if (scene.isPresent()
                        && kind.type() == EventType.SANCTIONS
                        && PlacePicker.actingState(
                                text, s.end(), sentenceScenes, scene.get().place())
                        && (capital = capitalOf(scene.get().place(), located)).isPresent()) {
                    place = capital.get(); // "the U.S. on Tuesday said it would impose duties", filed from Washington
                } else if (kind.type() == EventType.ELECTION
                        && LOCAL_OFFICES.matcher(sentence).find()
                        && (scene.isEmpty() || scene.get().geoPrecision() == 3)
                        && (town = articleTown(located)).isPresent()) {
                    place = town.get(); // "the May 5 election for Mayor, City Council and School Board": the town's
                    confidence *= 0.8;
                } else if (scene.isPresent() && scene.get().cued()) {
                    place = scene.get();
                } else if (scene.isPresent()) {
                    place = scene.get();
                    confidence *= 0.85;
                } else if (NATIONAL.contains(kind.type())
                        && (national = countryOf(fallback(paragraphPlace, carriedPlace, articlePlace), located))
                                .isPresent()) {
                    place = national.get(); // a vote or a change of government is the nation's, not the dateline town's
                    confidence *= 0.8;
                } else if (paragraphPlace != null) {
                    place = paragraphPlace;
                    confidence *= 0.85;
                } else if (carriedPlace != null) {
                    place = carriedPlace;
                    confidence *= 0.75;
                } else if ((own = sentenceCountry(text, s.start(), s.end(), located, articlePlace, dateline))
                        .isPresent()) {
                    place = own.get(); // "Malaysian authorities ordered ..." in an article mostly about the US
                    confidence *= 0.7;
                } else if (articlePlace.isPresent()) {
                    place = articlePlace.get();
                    confidence *= 0.65;
                } else {
                    continue;
                }
                confidence = Math.min(0.99, confidence);
                if (confidence < MIN_CONFIDENCE) {
                    continue;
                }
                TextSpan span = TextSpan.ofChars(text, s.start(), s.end());
                SourceLink link = new SourceLink(articleId, new TextSpan(span.start() + offset, span.end() + offset));
                events.add(new GeoEvent(
                        EventIds.of(kind.type(), kind.subtype(), day, place.place()),
                        kind.type(),
                        kind.subtype(),
                        day,
                        precision,
                        place.geoPrecision(),
                        place.place(),
                        actors.find(sentence),
                        countsDeaths(kind) && !planned ? fatalities.count(sentence) : null,
                        Math.round(confidence * 1000) / 1000.0,
                        List.of(new EventSource(link, sentence)),
                        planned));
                if (index == 0 && titleLine) {
                    titleEvents.add(events.get(events.size() - 1));
                }
            }
            ResolvedDate stated = found.stream()
                    .filter(d -> !DateResolver.datesAReport(sentence, d))
                    .filter(d -> !(background(d, published) && subordinateDate(sentence, d)))
                    .reduce((a, b) -> b)
                    .orElse(null);
            ResolvedDate report = found.stream()
                    .filter(d -> DateResolver.datesAReport(sentence, d) && recent(d, published))
                    .reduce((a, b) -> b)
                    .orElse(null);
            if (report != null) {
                paragraphReport = report;
            }
            lastStated = found.stream()
                    .filter(d -> !DateResolver.datesAReport(sentence, d))
                    .reduce((a, b) -> b)
                    .orElse(lastStated);
            if (stated != null) {
                paragraphDate = stated;
                storyDate = recent(stated, published) ? stated : null;
            }
            Optional<Pick> here = places.pick(text, s.start(), s.end(), s.start(), sentenceScenes, true, home);
            if (here.isPresent()
                    && here.get().cued()
                    && !ReportVenues.venue(text, sentenceScenes, here.get().place())) {
                paragraphPlace = here.get(); // not "at today's press briefing in Geneva": where it was told
            }
        }
        // "the slide forced the evacuation of one family": moved out by the article's own disaster, part of it
        // "200 patrons brawl in Chiefland. Off-duty officers were called in early Saturday to break up a Chiefland
        // bar brawl": a title's event is the lead's story, told when the lead says
        ResolvedDate lead = titleLine && sentences.size() > 1
                ? sentenceDates.get(1).stream()
                        .filter(d -> !DateResolver.datesAReport(sentenceTexts.get(1), d))
                        .filter(d -> recent(d, published)
                                && (published == null || !d.date().isAfter(published)))
                        .findFirst()
                        .orElse(null)
                : null;
        List<GeoEvent> titled = TitleLines.withoutRepeats(events, titleEvents);
        if (lead != null) {
            titled = TitleLines.datedByLead(titled, titleEvents, published, lead.date(), lead.precision());
        }
        return DisasterConsequences.withoutConsequences(merger.merge(titled));
    }

    /** A date the charged act has after its trigger: "charged ... with robbing the credit union on Dec. 5". */
    static Optional<ResolvedDate> actDate(String sentence, List<ResolvedDate> found, int triggerEnd) {
        return found.stream()
                .filter(d -> d.span().toChars(sentence)[0] >= triggerEnd)
                .filter(d -> !DateResolver.datesAReport(sentence, d))
                .filter(d -> !DateClauses.otherClause(
                        sentence, d.span().toChars(sentence)[0], d.span().toChars(sentence)[1], triggerEnd))
                .findFirst();
    }

    /**
     * True when the event's only date is the date it was told, and that is older than {@value #STORY_DAYS} days: "Stewart
     * told commissioners in January that ... he fatally shot a man" was news then, and happened before it.
     */
    static boolean toldEarlier(String sentence, ResolvedDate date, LocalDate published) {
        return date != null
                && published != null
                && DateResolver.datesAReport(sentence, date)
                && OffenceDates.lastDay(date).isBefore(published.minusDays(STORY_DAYS));
    }

    /** Offices filled by a local election: such a vote is the town's, not the state's or the nation's. */
    private static final Pattern LOCAL_OFFICES = Pattern.compile(
            "\\b(?:mayor|mayoral|city\\s+council|town\\s+council|village\\s+board|school\\s+board|aldermen|alderman"
                    + "|selectmen|board\\s+of\\s+supervisors|county\\s+commission\\w*)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The article's town: its most often named populated place (the first named on a tie), if any. */
    static Optional<Pick> articleTown(List<MentionAt> located) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        Map<Long, org.geobrief.gazetteer.Place> byId = new LinkedHashMap<>();
        for (MentionAt m : located) {
            org.geobrief.gazetteer.Place p = m.mention().place();
            if (p != null && p.isPopulatedPlace()) {
                counts.merge(p.geonameId(), 1, Integer::sum);
                byId.putIfAbsent(p.geonameId(), p);
            }
        }
        return counts.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(e -> new Pick(byId.get(e.getKey()), 1, 0, false));
    }

    /** True when all of {@code d} lies more than {@value #MAX_AGE_DAYS} days before publication. */
    static boolean background(ResolvedDate d, LocalDate published) {
        return published != null && OffenceDates.lastDay(d).isBefore(published.minusDays(MAX_AGE_DAYS));
    }

    /** True when {@code d} anchors a trailing subordinate clause of {@code sentence} ({@link DateClauses#subordinate}). */
    private static boolean subordinateDate(String sentence, ResolvedDate d) {
        int[] c = d.span().toChars(sentence);
        boolean r = DateClauses.subordinate(sentence, c[0], c[1]);

        return r;
    }

    /**
     * Court and charge reporting ({@link LegalFrames}): a crime named by a charge or a trial is an event only when the
     * sentence dates the crime itself, and a hearing, verdict or filing reports no political act or agreement.
     */
    private static boolean legalFrameAllows(String sentence, Hit hit, Kind kind, ResolvedDate date) {
        // a crowd outside the court ("gathered to watch the verdict") is its own event, not the hearing's report
        boolean court = LegalFrames.courtReport(sentence) && kind.type().family() != EventFamily.DEMONSTRATIONS;
        if (court
                && (kind.type().family() == EventFamily.POLITICAL_PROCESS
                        || kind.type() == EventType.STRATEGIC_DEVELOPMENTS)) {
            return false;
        }
        if (court || LegalFrames.framed(sentence, hit.start())) {
            return date != null && !DateResolver.datesAReport(sentence, date);
        }
        return true;
    }

    /**
     * The sentence's own country when it differs from the article's: the one country the sentence's mentions
     * (demonyms included) lie in, at the dateline place when the dateline is in that country, else at the country.
     * Empty when the sentence names no country, several, or the article's own.
     */
    static Optional<Pick> sentenceCountry(
            String text, int start, int end, List<MentionAt> mentions, Optional<Pick> articlePlace, int[] dateline) {
        Set<String> countries = new java.util.HashSet<>();
        for (MentionAt m : mentions) {
            boolean attribute = m.end() < end && text.charAt(m.end()) == '-'; // "Russian-backed", "Kabul-based"
            if (m.start() >= start
                    && m.end() <= end
                    && !attribute
                    && !Companions.named(text, m.start()) // "republics along with Russia": a party, not the scene
                    && !m.mention().place().countryCode().isEmpty()) {
                countries.add(m.mention().place().countryCode());
            }
        }
        if (countries.size() != 1) {
            return Optional.empty();
        }
        String cc = countries.iterator().next();
        if (articlePlace.isPresent() && articlePlace.get().place().countryCode().equals(cc)) {
            return Optional.empty();
        }
        for (MentionAt m : mentions) {
            if (m.start() < dateline[1]
                    && dateline[0] < m.end()
                    && m.mention().place().countryCode().equals(cc)) {
                return Optional.of(coarse(m.mention().place()));
            }
        }
        return mentions.stream()
                .map(m -> m.mention().place())
                .filter(p -> p.isCountry() && p.countryCode().equals(cc))
                .findFirst()
                .map(p -> new Pick(p, 3, 0, false));
    }

    /**
     * True when {@code d} can be the article's reference time for later paragraphs that give no date of their own: a
     * day within {@value #STORY_DAYS} days before publication ("the serviceman who died on Thursday ... The bomb
     * exploded as ..."). A month, a background date or a later one starts no such narrative.
     */
    static boolean recent(ResolvedDate d, LocalDate published) {
        return published != null
                && d.precision() == TimePrecision.DAY
                && !d.date().isAfter(published)
                && !d.date().isBefore(published.minusDays(STORY_DAYS));
    }

    /** How far before publication a stated day may be and still date the paragraphs after it. */
    static final int STORY_DAYS = 7;

    /** True when "across the country", "nationwide" qualifies the trigger (within a few words of it). */
    private static boolean nationwide(String sentence, Hit hit) {
        Matcher m = NATIONWIDE.matcher(sentence);
        while (m.find()) {
            if (m.end() >= hit.start() - 30 && m.start() <= hit.end() + 40) {
                return true;
            }
        }
        return false;
    }

    private static boolean countsDeaths(Kind kind) {
        return switch (kind.type().family()) {
            case POLITICAL_VIOLENCE, DISASTERS, ACCIDENTS -> true;
            case DEMONSTRATIONS -> kind.type() == EventType.RIOTS
                    || kind.subtype().equals("Excessive force against protesters");
            case CRIME -> kind.type() == EventType.HOMICIDE;
            default -> false;
        };
    }

    /**
     * True when {@code date} is one of the dates written in this sentence, not one taken from another (the act's date
     * elsewhere, a dated reference, the paragraph's): only then does its span point into the sentence.
     */
    static boolean statedIn(List<ResolvedDate> found, ResolvedDate date) {
        return date != null && found.stream().anyMatch(d -> d == date);
    }

    /**
     * The sentence's date nearest {@code at} (a char index), among those of the trigger's clause ({@link DateClauses});
     * statement dates, and the dateline's date (ending at or
     * before char {@code datelineEnd}: "KYIV, 6 March 2024 – Shelling on Sunday"), only when nothing else is there.
     */
    private static ResolvedDate nearest(String sentence, List<ResolvedDate> found, int at, int datelineEnd) {
        Comparator<ResolvedDate> byDistance = Comparator.comparingInt(d -> {
            int[] c = d.span().toChars(sentence);
            return c[1] <= at ? at - c[1] : Math.max(0, c[0] - at);
        });
        List<ResolvedDate> own = found.stream()
                .filter(d -> {
                    int[] c = d.span().toChars(sentence);
                    return !DateClauses.otherClause(sentence, c[0], c[1], at);
                })
                .toList();
        return own.stream()
                .filter(d -> !DateResolver.datesAReport(sentence, d))
                .filter(d -> d.span().toChars(sentence)[1] > datelineEnd)
                .min(byDistance)
                .or(() -> own.stream().min(byDistance))
                .orElse(null);
    }

    /** Mentions inside the article, with their document code-point spans turned into article char ranges. */
    static List<MentionAt> locate(String text, int offset, List<ResolvedMention> mentions) {
        int length = text.codePointCount(0, text.length());
        List<MentionAt> out = new ArrayList<>();
        for (ResolvedMention m : mentions) {
            int start = m.mention().span().start() - offset;
            int end = m.mention().span().end() - offset;
            if (start < 0 || end > length || !m.isResolved()) {
                continue;
            }
            if (length == text.length()) { // no surrogate pairs: code points are chars (and no O(n) walk each)
                out.add(new MentionAt(m, start, end));
                continue;
            }
            int[] chars = new TextSpan(start, end).toChars(text);
            out.add(new MentionAt(m, chars[0], chars[1]));
        }
        return out;
    }

    /**
     * Whether the trigger is a capitalised word inside the sentence that the article names a place with elsewhere
     * ("Hurricane police" in a story datelined HURRICANE, W.Va.).
     */
    static boolean namesPlace(String sentence, TriggerLexicon.Hit hit, Set<String> placeNames) {
        if (hit.start() == 0 || !Character.isUpperCase(sentence.charAt(hit.start()))) {
            return false;
        }
        return placeNames.contains(sentence.substring(hit.start(), hit.end()).toLowerCase(Locale.ROOT));
    }

    /** Whether the article's characters {@code [start, end)} lie inside a recognised place name. */
    static boolean insidePlaceName(List<MentionAt> mentions, int start, int end) {
        for (MentionAt m : mentions) {
            if (m.start() <= start && end <= m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mentions (sorted by start) that begin inside {@code [start, end)}: a binary search and a walk over the
     * sentence's own mentions, so that a long text's sentences do not each scan all of its mentions.
     */
    static List<MentionAt> within(List<MentionAt> byStart, int start, int end) {
        int lo = 0;
        int hi = byStart.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byStart.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int to = lo;
        while (to < byStart.size() && byStart.get(to).start() < end) {
            to++;
        }
        return byStart.subList(lo, to);
    }

    /** The char range of the article's dateline place ("MOSCOW –", "ALMATY (Reuters) -"); {0, 0} when none. */
    /** Char index just after the dateline's dash, 0 without a dateline. */
    static int datelineEnd(String text) {
        Matcher c = BARE_DATELINE.matcher(text);
        if (c.lookingAt()) {
            return c.end();
        }
        String head = text.substring(0, Math.min(text.length(), 400));
        if (!hasCapitalRun(head)) {
            return 0;
        }
        Matcher d = DATELINE.matcher(head);
        return d.find() ? d.end() : 0;
    }

    static int[] dateline(String text) {
        Matcher c = BARE_DATELINE.matcher(text);
        if (c.lookingAt()) {
            int g = c.group(1) != null ? 1 : 2;
            return new int[] {c.start(g), c.end(g)};
        }
        String head = text.substring(0, Math.min(text.length(), 400));
        if (!hasCapitalRun(head)) {
            return new int[] {0, 0};
        }
        Matcher d = DATELINE.matcher(head);
        return d.find() ? new int[] {d.start(1), d.end(1)} : new int[] {0, 0};
    }

    /**
     * True when {@code text} holds three capitals in a row, as every {@link #DATELINE} place does: the pattern tries
     * every position, and most articles open without one. {@link Character#isUpperCase(int)} takes in every
     * {@code \p{Lu}} (and a few more), so no dateline is missed.
     */
    static boolean hasCapitalRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            run = Character.isUpperCase(c) ? run + 1 : 0;
            if (run == 3) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * Event types that concern a whole nation (a general election, a referendum, a head of government resigning): when the
     * sentence names no place, they are drawn at the country rather than at the town the article was filed from.
     */
    /** Acts decided by a government, located at its capital when the capital is their subject. */
    private static final Set<EventType> STATE_ACTS =
            EnumSet.of(EventType.SANCTIONS, EventType.AGREEMENT_OR_CEASEFIRE, EventType.CHANGE_OF_GOVERNMENT);

    private static final Set<EventType> NATIONAL =
            EnumSet.of(EventType.ELECTION, EventType.REFERENDUM, EventType.CHANGE_OF_GOVERNMENT);

    /** The first fallback place present: the paragraph's, the one carried from the previous sentence, the article's. */
    private static Place fallback(Pick paragraph, Pick carried, Optional<Pick> article) {
        if (paragraph != null) {
            return paragraph.place();
        }
        if (carried != null) {
            return carried.place();
        }
        return article.map(Pick::place).orElse(null);
    }

    /**
     * The national capital of {@code country} when the article names it: a state's act whose subject is the country
     * is decided at its seat ("the U.S. ... said it would impose duties" in a story filed from Washington).
     */
    static Optional<Pick> capitalOf(Place country, List<MentionAt> mentions) {
        return mentions.stream()
                .map(m -> m.mention().place())
                .filter(p -> "PPLC".equals(p.featureCode()) && p.countryCode().equals(country.countryCode()))
                .findFirst()
                .map(p -> new Pick(p, 1, 0, true));
    }

    /** The country mention of {@code place}'s country, as a coarse scene; empty for a null place. */
    static Optional<Pick> countryOf(Place place, List<MentionAt> mentions) {
        if (place == null) {
            return Optional.empty();
        }
        return mentions.stream()
                .map(m -> m.mention().place())
                .filter(p -> p.isCountry() && p.countryCode().equals(place.countryCode()))
                .findFirst()
                .map(p -> new Pick(p, 3, 0, false));
    }

    /**
     * What the dateline's place counts for, in mentions, when the article's country is weighed: the desk files from
     * where the story is ("Kuala Lumpur: ..." before a paragraph on the US inquiry into a Malaysian fund).
     */
    static final double DATELINE_WEIGHT = 3;

    /**
     * Where the article as a whole is: its dateline place if in its most-mentioned country, else that country;
     * {@code line} is the {@link #dateline} of {@code text}.
     */
    static Optional<Pick> articlePlace(String text, List<MentionAt> mentions, int[] line) {
        Map<String, Double> weight = new HashMap<>();
        for (MentionAt m : mentions) {
            String cc = m.mention().place().countryCode();
            if (!cc.isEmpty()) {
                boolean datelined = m.start() < line[1] && line[0] < m.end();
                weight.merge(
                        cc,
                        datelined ? DATELINE_WEIGHT : m.mention().mention().kind() == MentionKind.DEMONYM ? 0.5 : 1.0,
                        Double::sum);
            }
        }
        Optional<String> country =
                weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        if (country.isEmpty()) {
            return Optional.empty();
        }
        String cc = country.get();
        if (line[1] > 0) {
            for (MentionAt m : mentions) {
                if (m.start() < line[1]
                        && line[0] < m.end()
                        && m.mention().place().countryCode().equals(cc)) {
                    return Optional.of(coarse(m.mention().place()));
                }
            }
        }
        Map<Place, Integer> counts = new LinkedHashMap<>();
        for (MentionAt m : mentions) {
            if (m.mention().place().countryCode().equals(cc)) {
                counts.merge(m.mention().place(), m.mention().place().isCountry() ? 1000 : 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> coarse(e.getKey()));
    }

    private static Pick coarse(Place p) {
        return new Pick(p, Math.max(2, PlacePicker.geoPrecision(p)), 0, false);
    }

    /** A month named without its year ("in November"), at most four digits nowhere in the expression. */
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");

    /**
     * An announcement's month named without a year ("up for re-election in November", told in March) is the next
     * November, not the last one the resolver's past reading gives; a date with its year stays.
     */
    static ResolvedDate nextOccurrence(ResolvedDate date, LocalDate published) {
        if (date == null
                || published == null
                || date.precision() != TimePrecision.MONTH
                || YEAR.matcher(date.expression()).find()
                || !date.date()
                        .plusMonths(1)
                        .isBefore(published.withDayOfMonth(1).plusMonths(1))) {
            return date;
        }
        LocalDate next = date.date().plusYears(1);
        return next.isBefore(published.withDayOfMonth(1))
                ? date
                : new ResolvedDate(next, date.precision(), date.span(), date.expression());
    }
}
