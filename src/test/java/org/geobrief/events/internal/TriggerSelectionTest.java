package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerSelectionTest {

    private final TriggerSelection selection = new TriggerSelection(new TriggerLexicon(), new SubtypeRules());

    private List<String> kinds(String sentence) {
        return selection.select(sentence, sentence).keySet().stream()
                .map(k -> k.type().label() + "/" + k.subtype())
                .toList();
    }

    @Test
    void sentences_map_to_acled_types() {
        assertThat(kinds("Protests began peacefully in the oil town on Sunday."))
                .containsExactly("Protests/Peaceful protest");
        assertThat(kinds("Police used tear gas to disperse the protest in the capital."))
                .containsExactly("Protests/Protest with intervention");
        assertThat(kinds("Police opened fire on protesters in the oil town."))
                .containsExactly("Protests/Excessive force against protesters");
        assertThat(kinds("Thousands of protesters stormed the main government building."))
                .containsExactly("Riots/Violent demonstration");
        assertThat(kinds("News services reported clashes between protesters and police."))
                .containsExactly("Riots/Violent demonstration");
        assertThat(kinds("Rebels clashed with army troops near the border.")).containsExactly("Battles/Armed clash");
        assertThat(kinds("Militants attacked a checkpoint overnight.")).containsExactly("Battles/Armed clash");
        assertThat(kinds("Gunmen attacked a village, killing five civilians."))
                .containsExactly("Violence against civilians/Attack");
        assertThat(kinds("A drone strike hit the convoy."))
                .containsExactly("Explosions/Remote violence/Air/drone strike");
        assertThat(kinds("Artillery shelled the town on Monday."))
                .containsExactly("Explosions/Remote violence/Shelling/artillery/missile attack");
        assertThat(kinds("A roadside bomb exploded near the patrol."))
                .containsExactly("Explosions/Remote violence/Remote explosive/landmine/IED");
        assertThat(kinds("A suicide bomber blew himself up at the mosque."))
                .containsExactly("Explosions/Remote violence/Suicide bomb");
        assertThat(kinds("More than 200 opposition activists were arrested."))
                .containsExactly("Strategic developments/Arrests");
        assertThat(kinds("More than 200 protesters were arrested."))
                .containsExactly("Protests/Protest with intervention", "Strategic developments/Arrests");
        assertThat(kinds("Russia has sent paratroopers into Kazakhstan."))
                .containsExactly("Strategic developments/Deployment of troops");
        assertThat(kinds("The two sides signed a ceasefire agreement in Doha."))
                .containsExactly("Strategic developments/Agreement");
        assertThat(kinds("Looters ransacked shops in the city centre."))
                .containsExactly("Strategic developments/Looting/property destruction");
        assertThat(kinds("The president sacked the government on Wednesday."))
                .containsExactly("Strategic developments/Change to group/activity");
        assertThat(kinds("Authorities imposed a curfew and cut off the internet."))
                .containsExactly("Strategic developments/Other");
    }

    @Test
    void negated_intended_and_generic_mentions_are_no_events() {
        assertThat(kinds("The alliance said it will send peacekeepers to Kazakhstan."))
                .isEmpty();
        assertThat(kinds("Russia is known to send troops under the guise of peacekeeping missions."))
                .isEmpty();
        assertThat(kinds("The protests are a warning signal for the Kremlin.")).isEmpty();
        assertThat(kinds("Police did not arrest anyone.")).isEmpty();
    }

    @Test
    void crime_fires_business_and_sports_are_no_events() {
        assertThat(kinds("Two men were arrested Tuesday after deputies seized a mobile meth lab."))
                .isEmpty();
        assertThat(kinds("The man was arrested on suspicion of theft.")).isEmpty();
        assertThat(kinds("A fire destroyed the building on Monday.")).isEmpty();
        assertThat(kinds("Firefighters launched an initial attack on the flames."))
                .isEmpty();
        assertThat(kinds("Alcoa has signed agreements with three insurers.")).isEmpty();
        assertThat(kinds("The team rallied from an early ten point deficit and stormed past the Royals."))
                .isEmpty();
        assertThat(kinds("Both games were hard fought battles.")).isEmpty();
    }
}
