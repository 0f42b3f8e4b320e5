package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegalFramesTest {

    private static boolean framed(String sentence, String trigger) {
        return LegalFrames.framed(sentence, sentence.indexOf(trigger));
    }

    @Test
    void a_charge_or_a_trial_frames_the_crime_it_names() {
        assertThat(framed("The three defendants are on trial for murder alongside his girlfriend.", "murder"))
                .isTrue();
        assertThat(framed(
                        "The former President is charged with 16 counts of corruption, money laundering and racketeering.",
                        "money laundering"))
                .isTrue();
        assertThat(framed("He pleaded not guilty to theft.", "theft")).isTrue();
    }

    @Test
    void a_crime_told_as_it_happened_is_not_framed() {
        assertThat(framed("Two men stole a car in Almaty on Sunday.", "stole")).isFalse();
        assertThat(framed("Police say the suspects murdered a shopkeeper.", "murdered"))
                .isFalse();
    }

    @Test
    void hearings_and_filings_are_court_reports() {
        assertThat(LegalFrames.courtReport("A young woman was killed in gang territory, a court heard."))
                .isTrue();
        assertThat(LegalFrames.courtReport("In an order filed last month in federal court, the judge said so."))
                .isTrue();
        assertThat(LegalFrames.courtReport("Police opened fire on protesters in Atyrau."))
                .isFalse();
    }
}
