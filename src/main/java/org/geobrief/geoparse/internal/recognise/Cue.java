package org.geobrief.geoparse.internal.recognise;

import java.util.Locale;

/**
 * What the words in and around a gazetteer match say about it being a place name, one cue at a time, in the order
 * they are weighed. A cue either refuses the match outright ({@link #REFUSE}) or adds to its evidence (0 when it has
 * nothing to say); the match counts as a place when the sum is positive. Each constant is a small class of its own,
 * tested alone in {@code CueTest}; leaving one out of {@link #evidence} measures what it is worth.
 *
 * <p>Demonyms ("Kazakh police") are weighed by {@link TextPass#demonymEvidence} instead: whether an adjective is
 * used as one is a different question.
 */
enum Cue {
    /** "The", "Police", "President", or a surname met earlier in the text ("Tokayev said"). */
    NOT_A_NAME {
        @Override
        double weigh(NameMatch m) {
            String w = m.word();
            return m.single()
                            && (Lexicon.NOT_NAMES.contains(w)
                                    || Lexicon.TITLES.contains(w)
                                    || m.pass().surnames.contains(w))
                    ? REFUSE
                    : 0;
        }
    },
    /** "I'll", "I’d", "We've": never a place, whatever "Ill" may be. */
    CONTRACTION {
        @Override
        double weigh(NameMatch m) {
            return m.single() && TextPass.CONTRACTION.matcher(m.word()).find() ? REFUSE : 0;
        }
    },
    /** "NATO", "the OSCE", "CSTO troops": an organisation, not its namesake village ({@link OrganisationCue}). */
    ORGANISATION {
        @Override
        double weigh(NameMatch m) {
            return m.single() && OrganisationCue.namesOrganisation(m.pass().toks, m.start(), m.best()) ? REFUSE : 0;
        }
    },
    /**
     * "Wichita Street", "Washington Drive": a street the gazetteer does not know; so are both names of "Rivers and
     * Stokes avenues".
     */
    STREET {
        @Override
        double weigh(NameMatch m) {
            Token next = m.after(0);
            boolean street = next != null && TextPass.STREET_WORDS.contains(next.text());
            return street || m.pass().streetOfPair(m.start(), m.end()) ? REFUSE : 0;
        }
    },
    /** "St. Patrick's Day": the longer name with the saint was not a place. */
    AFTER_SAINT {
        @Override
        double weigh(NameMatch m) {
            Token prev = m.before(1);
            return prev != null && TextPass.SAINTS.contains(prev.text()) ? REFUSE : 0;
        }
    },
    /** "Victory", "Mobile", "Trump": a common word or famous surname is a place only after a place preposition. */
    COMMON_WORD_UNGOVERNED {
        @Override
        double weigh(NameMatch m) {
            return m.single() && Lexicon.COMMON_WORDS.contains(m.word()) && !m.preposition() ? REFUSE : 0;
        }
    },
    /** "K-9", "Al-Bashir", "Ms.", "OK", "PA" alone; but "Harrisburg, PA" and "Ala." are fine. */
    TOO_SHORT {
        @Override
        double weigh(NameMatch m) {
            if (!m.single()) return 0;
            String w = m.word();
            int letters = w.replace(".", "").length();
            boolean stateAbbreviation =
                    w.endsWith(".") && UsStates.byAbbreviation(w).isPresent();
            if (!stateAbbreviation
                    && (letters <= 1 || (letters == 2 && !m.first().isAllCaps()))) return REFUSE;
            Token prev = m.before(1);
            boolean qualifierSlot = prev != null && prev.is(",");
            return letters == 2 && m.best() < 3 && !w.contains(".") && !qualifierSlot ? REFUSE : 0;
        }
    },
    /** "White House", "Human Resources": several common words, unless a place word or a preposition says otherwise. */
    COMMON_WORDS_RUN {
        @Override
        double weigh(NameMatch m) {
            if (m.single() || m.preposition() || m.best() >= 3) return 0;
            // "CEDAR RAPIDS, Iowa —": a shouted name opening a line before a dateline mark is the dateline's town
            Token next = m.after(0);
            boolean dateline = m.first().isAllCaps()
                    && (m.start() == 0 || m.first().gapNewline())
                    && next != null
                    && TextPass.DATELINE_MARKS.contains(next.text());
            return !dateline && m.pass().allCommon(m.start(), m.end()) ? REFUSE : 0;
        }
    },
    /** "CSTO", "MFA": an acronym that names a small place only; but "U.S.", "UK", "ALMATY (Reuters)". */
    ACRONYM {
        @Override
        double weigh(NameMatch m) {
            if (!m.first().isAllCaps() || !m.single()) return 0;
            String w = m.word();
            boolean shoutedLine = m.pass().headline[m.start()] || m.pass().allCapsNeighbour(m.start());
            Token prev = m.before(1);
            boolean qualifierSlot = w.contains(".") || (prev != null && prev.is(","));
            boolean refused = w.replace(".", "").length() <= 3
                    ? m.best() < (qualifierSlot ? 2 : 2.5)
                    : !shoutedLine && m.best() < 3;
            return refused ? REFUSE : 0;
        }
    },
    /** The base: how much the best reading stands out (a country 3, a village 0.8), less 1.5. */
    IMPORTANCE {
        @Override
        double weigh(NameMatch m) {
            return m.best() - 1.5;
        }
    },
    /** "Robertson said", "Sullivan was charged": a person, not a small town. */
    ACTS_LIKE_PERSON {
        @Override
        double weigh(NameMatch m) {
            return m.single()
                            && m.best() < 2.5
                            && !m.first().isAllCaps()
                            && !m.preposition()
                            && !m.pass().afterOf(m.start())
                            && m.pass().actsLikePerson(m.end())
                    ? -2
                    : 0;
        }
    },
    /** "Nur-Sultan", "Eastern Europe": a name of several words the gazetteer knows is rarely anything else. */
    SEVERAL_WORDS {
        @Override
        double weigh(NameMatch m) {
            return m.single() ? 0 : 1;
        }
    },
    /**
     * "BYESVILLE -- Firefighters …", "LORE CITY — Police …": a shouted name that opens the article, a line or a
     * sentence (the one after a headline) and is followed by a dateline dash is the dateline's town, however small.
     */
    DATELINE {
        @Override
        double weigh(NameMatch m) {
            Token first = m.first();
            Token next = m.after(0);
            Token prev = m.before(1);
            Token word = m.before(2); // "time. BYESVILLE", but not "ST. LOUIS" or "Ft. WORTH"
            boolean afterStop = prev != null
                    && (prev.is(".") || prev.is("!") || prev.is("?"))
                    && (word == null || (!word.isAllCaps() && word.text().length() > 2));
            boolean opens = first.isAllCaps() && (m.start() == 0 || first.gapNewline() || afterStop);
            return opens && next != null && TextPass.DATELINE_DASHES.contains(next.text()) ? 1.5 : 0;
        }
    },
    /** "in Almaty", "between Sevare and Douentza". */
    PREPOSITION {
        @Override
        double weigh(NameMatch m) {
            return m.preposition() ? 1 : 0;
        }
    },
    /** "Almaty-based", "Texas-born". */
    PLACE_SUFFIX {
        @Override
        double weigh(NameMatch m) {
            Token next = m.after(0);
            Token suffix = m.after(1);
            return next != null
                            && next.is("-")
                            && suffix != null
                            && TextPass.PLACE_SUFFIXES.contains(suffix.text())
                            && next.start() == m.pass().toks.get(m.end() - 1).end()
                    ? 1
                    : 0;
        }
    },
    /** "Qamishli and other towns", "Douma and nearby villages": the name is one of the places the noun counts. */
    CLASS_NOUN_AFTER {
        @Override
        double weigh(NameMatch m) {
            Token and = m.after(0);
            Token other = m.after(1);
            Token noun = m.after(2);
            return and != null
                            && (and.is("and") || and.is("or"))
                            && other != null
                            && Lexicon.OTHER_PLACES.contains(other.text().toLowerCase(Locale.ROOT))
                            && noun != null
                            && Lexicon.PLACE_CLASS_NOUNS.contains(noun.text().toLowerCase(Locale.ROOT))
                    ? 2
                    : 0;
        }
    },
    /** "Paris, Texas", "Birmingham, Ala.": a country or first-level area after a comma. */
    QUALIFIED {
        @Override
        double weigh(NameMatch m) {
            Token next = m.after(0);
            return next != null
                            && next.is(",")
                            && m.end() + 1 < m.pass().n
                            && m.pass().qualifier(m.end() + 1)
                    ? 1.5
                    : 0;
        }
    },
    /** "Boston Dynamics"-like: a minor place's name followed by an unknown capitalised word is part of another name. */
    UNKNOWN_NAME_AFTER {
        @Override
        double weigh(NameMatch m) {
            Token next = m.after(0);
            return m.single()
                            && m.best() < 2.5
                            && next != null
                            && next.isCapitalised()
                            && !m.pass().headline[m.start()]
                            && m.pass().isUnknownWord(m.end())
                            && !Lexicon.isCommonWord(next.text())
                    ? -1
                    : 0;
        }
    },
    /** "Kassym-Jomart Tokayev"-like: the end of a longer unknown name. */
    UNKNOWN_NAME_BEFORE {
        @Override
        double weigh(NameMatch m) {
            Token prev = m.before(1);
            return prev != null
                            && prev.isCapitalised()
                            && !m.pass().headline[m.start()]
                            && !m.first().gapNewline() // a word on the line before belongs to another line's name
                            && m.pass().isUnknownWord(m.start() - 1)
                            && !Lexicon.isCommonWord(prev.text())
                            && !prev.sentenceStart()
                    ? -1.5
                    : 0;
        }
    },
    /** "ExxonMobil and Chevron", "Stevens & Wilkinson": the same kind of name as its unknown partner. */
    COORDINATED_WITH_UNKNOWN_NAME {
        @Override
        double weigh(NameMatch m) {
            return m.single() && m.pass().coordinatedWithUnknownName(m.start(), m.end()) ? -1.5 : 0;
        }
    },
    /** "Reading", "Chamber": a common word capitalised at a sentence's start, or one the text also writes lower-case. */
    COMMON_WORD_USE {
        @Override
        double weigh(NameMatch m) {
            if (!m.single()) return 0;
            Token first = m.first();
            String lower = m.word().toLowerCase(Locale.ROOT);
            boolean usedLowerCase = m.pass().lowerWords.contains(lower);
            boolean common = !first.isAllCaps() && Lexicon.isCommonWord(m.word());
            if (first.sentenceStart()) return usedLowerCase ? -3 : common ? -1 : 0;
            if (!first.isAllCaps() && usedLowerCase) return m.preposition() ? -0.5 : -1.5;
            return common && !m.preposition() ? -0.75 : 0;
        }
    },
    /** "McDaniel" only as another town's former or local name. */
    FORMER_NAME {
        @Override
        double weigh(NameMatch m) {
            String w = m.word();
            return m.single()
                            && m.best() < 2.5
                            && !m.preposition()
                            && !w.contains(".")
                            && !m.first().isAllCaps()
                            && m.cands().stream().noneMatch(p -> TextPass.preferredName(p, w))
                    ? -1
                    : 0;
        }
    },
    /** "Georgia", "Tyler" alone and ungoverned: a given name more than a small town. */
    GIVEN_NAME {
        @Override
        double weigh(NameMatch m) {
            return m.single() && m.best() < 2 && Lexicon.isFirstName(m.word()) && !m.preposition() ? -0.75 : 0;
        }
    };

    /** A cue's verdict that the match is no place name, whatever the others say. */
    static final double REFUSE = Double.NEGATIVE_INFINITY;

    /** This cue's say on the match: {@link #REFUSE}, or a change of evidence (0: nothing to say). */
    abstract double weigh(NameMatch m);

    /** Positive when the match should count as a place name, higher is surer; -1 when a cue refuses it. */
    static double evidence(NameMatch m) {
        double ev = 0;
        for (Cue cue : values()) {
            double w = cue.weigh(m);
            if (w == REFUSE) return -1;
            ev += w;
        }
        return ev;
    }
}
