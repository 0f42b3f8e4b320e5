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
                .containsExactly("Agreement or ceasefire/Ceasefire");
        assertThat(kinds("Looters ransacked shops in the city centre."))
                .containsExactly("Strategic developments/Looting/property destruction");
        assertThat(kinds("The president sacked the government on Wednesday."))
                .containsExactly("Change of government/Dismissal");
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
    void ordinary_crime_and_fires_are_events_of_their_own_families_not_acled_arrests() {
        assertThat(kinds("Two men were arrested Tuesday after deputies seized a mobile meth lab."))
                .containsExactly("Trafficking and seizures/Drug seizure");
        assertThat(kinds("The man was arrested on suspicion of theft.")).containsExactly("Theft/Theft");
        assertThat(kinds("A fire destroyed the building on Monday.")).containsExactly("Industrial accident/Fire");
    }

    @Test
    void business_and_sports_are_no_events() {
        assertThat(kinds("Firefighters launched an initial attack on the flames."))
                .isEmpty();
        assertThat(kinds("Alcoa has signed agreements with three insurers.")).isEmpty();
        assertThat(kinds("The team rallied from an early ten point deficit and stormed past the Royals."))
                .isEmpty();
        assertThat(kinds("Both games were hard fought battles.")).isEmpty();
    }

    @Test
    void disasters_accidents_and_crime_absorb_the_killing_words_that_describe_them() {
        assertThat(kinds("The earthquake killed more than 3,000 people and toppled buildings."))
                .containsExactly("Earthquake/Ground movement");
        assertThat(
                        kinds(
                                "The river burst its banks and flooded villages, and soldiers were deployed to rescue residents."))
                .containsExactly("Flood/Riverine flood");
        assertThat(kinds("A passenger train collided with a freight train, killing 57 people."))
                .containsExactly("Transport accident/Rail");
        assertThat(kinds("Shelling killed two people in the city."))
                .containsExactly("Explosions/Remote violence/Shelling/artillery/missile attack");
        assertThat(kinds("A man stabbed his neighbour to death on Friday, police said."))
                .containsExactly("Homicide/Murder");
        assertThat(kinds("Gunmen shot dead five villagers.")).containsExactly("Violence against civilians/Attack");
    }

    @Test
    void metaphors_of_disaster_and_accident_words_are_no_events() {
        assertThat(kinds("The vote was a political earthquake for the ruling party."))
                .isEmpty();
        assertThat(kinds("A flood of complaints reached the ministry.")).isEmpty();
        assertThat(kinds("Peace talks collapsed on Monday.")).isEmpty();
        assertThat(kinds("Shares crashed after the announcement.")).isEmpty();
        assertThat(kinds("Troops opened fire on the convoy, killing two fighters."))
                .doesNotContain("Industrial accident/Fire");
    }

    @Test
    void fighting_that_broke_out_is_a_battle_without_named_armies() {
        assertThat(kinds("Fighting broke out on Wednesday along the border near the exclave."))
                .containsExactly("Battles/Armed clash");
        assertThat(kinds("He has spent years fighting corruption.")).isEmpty();
    }

    @Test
    void announced_political_events_are_planned_not_reported() {
        TriggerSelection.Selection s = selection.selectAll(
                "The country will hold a referendum on 12 May.", "The country will hold a referendum on 12 May.");
        assertThat(s.reported()).isEmpty();
        assertThat(s.planned().keySet()).extracting(k -> k.type().label()).containsExactly("Referendum");
    }

    @Test
    void an_event_named_in_a_temporal_adjunct_was_told_before() {
        assertThat(kinds("After the stabbing, the man ran away into the subway."))
                .isEmpty();
        assertThat(kinds("A man stabbed a shopkeeper in the market.")).containsExactly("Homicide/Murder");
        assertThat(kinds("Protests followed after the police killing of an unarmed man on March 18."))
                .contains("Violence against civilians/Attack");
    }

    @Test
    void a_participle_before_a_noun_names_a_state_not_an_act() {
        assertThat(kinds("Relatives of detained lawyers drew international attention."))
                .isEmpty();
        assertThat(kinds("Thirty people fell ill at the Internally Displaced Persons camp."))
                .isEmpty();
        assertThat(kinds("Police detained lawyers and protesters outside the court on Monday."))
                .contains("Strategic developments/Arrests");
    }

    @Test
    void the_homeless_as_a_group_are_no_displacement() {
        assertThat(kinds("She ran city programs to help the homeless.")).isEmpty();
        assertThat(kinds("The floods left 2,000 families homeless.")).contains("Displacement/Displacement");
    }

    @Test
    void a_visitor_is_the_subject_or_the_agent_not_the_office_visited() {
        assertThat(kinds("She has visited the complaints office of the court every week."))
                .isEmpty();
        assertThat(kinds("Wang, who is visiting Russia as the special envoy of the president, spoke."))
                .isNotEmpty();
        assertThat(kinds("The minister visited the border town.")).containsExactly("Official visit/Official visit");
    }

    @Test
    void the_head_of_a_festival_a_firm_or_a_museum_is_no_official_visitor() {
        assertThat(kinds("Jazz festival director visits the county college.")).isEmpty();
        assertThat(kinds("The chairman of the local bank visited the new plant."))
                .isEmpty();
        assertThat(kinds("The governor visited the county college on Monday."))
                .containsExactly("Official visit/Official visit");
    }

    @Test
    void elected_to_a_public_office_at_a_date_is_an_election() {
        assertThat(kinds("Ms. Ortiz was elected to the county commission in January."))
                .containsExactly("Election/Local election");
        assertThat(kinds("Ms. Ortiz was elected president of the garden club in January."))
                .isEmpty();
        assertThat(kinds("Ms. Ortiz was elected chairwoman by her fellow commissioners on Monday."))
                .isEmpty();
        assertThat(kinds("Ms. Ortiz was elected to the county commission.")).isEmpty();
    }

    @Test
    void a_seat_up_for_election_at_a_date_is_a_planned_election() {
        assertThat(selection
                        .selectAll("Her city council seat is up for re-election in October.", "")
                        .planned()
                        .keySet())
                .extracting(k -> k.type().label())
                .containsExactly("Election");
    }

    @Test
    void the_strangled_body_of_a_victim_is_a_homicide() {
        assertThat(kinds("The strangled body of a retired nurse was found in her kitchen on Tuesday."))
                .containsExactly("Homicide/Murder");
        assertThat(kinds("He is accused of killing his neighbour, whose strangled body was found in her barn March 3."))
                .contains("Homicide/Murder");
    }

    @Test
    void single_word_triggers_and_canadian_burglary() {
        assertThat(kinds("Gunmen kidnapped two engineers on the road.")).isNotEmpty();
        assertThat(kinds("Officers responded to a call for a break and enter at a home."))
                .containsExactly("Theft/Burglary");
        assertThat(kinds("He was arrested on charges that he had traded on inside information from an employee."))
                .containsExactly("Fraud/Fraud");
    }

    @Test
    void a_trade_measure_is_a_sanction_when_decided_or_announced_but_not_when_threatened_or_proposed() {
        assertThat(kinds("Beijing announced separate import duties on $3 billion of U.S. goods."))
                .containsExactly("Sanctions/Trade tariffs");
        assertThat(kinds("The U.S. on Tuesday said it would impose 25 percent duties on $50 billion of imports."))
                .containsExactly("Sanctions/Trade tariffs");
        assertThat(kinds("Trump on April 5 threatened to slap tariffs on $100 billion of imports from China."))
                .isEmpty();
        assertThat(kinds("The president proposed slapping an additional $100 billion in tariffs on Chinese goods."))
                .isEmpty();
        assertThat(kinds("The minister said the country would impose tariffs if talks failed."))
                .isEmpty();
    }

    @Test
    void a_definite_event_as_a_cause_frame_or_broken_agreement_was_told_before() {
        assertThat(kinds("The band returned home due to the theft, which was reported to police."))
                .isEmpty();
        assertThat(kinds("Commanders were present during the visit.")).isEmpty();
        assertThat(kinds("The movements of the Polisario are a violation of the ceasefire."))
                .isEmpty();
        assertThat(kinds("He praised the outcomes gained during Minister Sergey Shoyu's visit."))
                .isEmpty();
    }

    @Test
    void a_thief_is_a_person_unless_the_sentence_says_a_theft_happened() {
        assertThat(kinds("A migrant was hailed as a hero for helping stop a thief until police arrived."))
                .isEmpty();
        assertThat(kinds("Thieves stole two cars from the dealership.")).containsExactly("Theft/Theft");
    }

    @Test
    void a_visit_fronted_before_its_clause_has_the_official_named_in_the_sentence_before() {
        String before = "French President Emmanuel Macron has promoted a new course in North Africa.";
        String sentence = "In a visit to Tunis on 1 February Macron criticised the 2011 intervention in Libya.";
        assertThat(selection.select(sentence, before + " " + sentence).keySet().stream()
                        .map(k -> k.type().label()))
                .containsExactly("Official visit");
        assertThat(selection.select(sentence, sentence)).isEmpty();
    }

    @Test
    void a_deadline_is_no_event_but_the_vote_announced_beside_it_is_planned() {
        String s = "Elections are due by August but the prime minister is widely expected to dissolve Parliament on"
                + " Friday to pave the way for a vote next month.";
        TriggerSelection.Selection all = selection.selectAll(s, s);
        assertThat(all.reported()).isEmpty();
        assertThat(all.planned().keySet().stream().map(k -> k.type().label())).containsExactly("Election");
    }

    @Test
    void what_a_crowd_calls_for_does_not_weaken_the_crowd() {
        String s = "Hundreds of supporters had gathered outside the court, calling for the former president's release.";
        var hit = new TriggerLexicon().find(s).get(0);
        assertThat(selection.strength(s, hit)).isEqualTo(0.85, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void weapons_sold_are_merchandise_and_weapons_fired_are_an_attack() {
        assertThat(kinds("The administration signed off Thursday on selling more than $1.3 billion in artillery to"
                        + " Saudi Arabia."))
                .isEmpty();
        assertThat(kinds("The agency said the artillery would help the Saudis modernize their military."))
                .isEmpty();
        assertThat(kinds("Artillery shelled the town on Monday."))
                .containsExactly("Explosions/Remote violence/Shelling/artillery/missile attack");
    }

    @Test
    void a_crown_princes_tour_is_a_visit_and_a_bands_tour_is_not() {
        assertThat(kinds("Crown Prince Mohammed bin Salman concludes a marathon tour of the United States."))
                .containsExactly("Official visit/Official visit");
        assertThat(kinds("The band is on a tour of Europe.")).isEmpty();
    }

    @Test
    void two_sports_words_make_a_sports_report_and_one_does_not() {
        assertThat(TriggerSelection.isSports("The team scored two touchdowns in the fourth quarter."))
                .isTrue();
        assertThat(TriggerSelection.isSports("He hit a two-run homer.")).isTrue();
        assertThat(TriggerSelection.isSports("Protesters marched to the stadium."))
                .isFalse();
        assertThat(TriggerSelection.isSports("Protesters marched to the square."))
                .isFalse();
    }

    @Test
    void one_sports_word_can_make_two_different_matches() {
        assertThat(TriggerSelection.isSports("A two-run single and a three-run double."))
                .isTrue();
        assertThat(TriggerSelection.isSports("Two home runs, then more home  runs."))
                .isTrue();
        assertThat(TriggerSelection.isSports("One season, and another season.")).isFalse();
    }

    @Test
    void what_is_prevented_or_only_a_game_did_not_happen() {
        assertThat(kinds("The NYPD put informants in mosques to try to prevent terrorist attacks."))
                .isEmpty();
        assertThat(kinds("They play hide and seek, but rather than cops and robbers, they play refugees and police."))
                .isEmpty();
    }

    @Test
    void the_visitor_is_sought_in_the_visits_own_clause() {
        assertThat(kinds("The administration gave a vote of confidence to the Saudi military as young Crown Prince"
                        + " Mohammed bin Salman concludes a marathon tour of the United States."))
                .contains("Official visit/Official visit");
        assertThat(kinds("Troops from the northern command concluded a tour of the border posts."))
                .isEmpty();
    }

    @Test
    void an_act_inside_a_decision_answered_and_a_participle_after_a_determiner_are_no_news() {
        assertThat(kinds("The decision was in response to the US decision to expel the same number of Russian"
                        + " diplomats and close the Russian consulate in Seattle."))
                .isEmpty();
        assertThat(kinds("Check our page, where we posted pictures of the stolen guitars and the stolen gear."))
                .isEmpty();
        assertThat(kinds("Thieves stole the guitars from the van.")).containsExactly("Theft/Theft");
        assertThat(kinds("Russia will close the US consulate in St. Petersburg, Lavrov said."))
                .isEmpty();
        assertThat(kinds("Russia closed the US consulate in St. Petersburg on Thursday."))
                .containsExactly("Sanctions/Diplomatic expulsion");
    }

    @Test
    void a_retaliation_list_is_a_tariff_and_a_gerund_subject_speaks_in_general() {
        assertThat(kinds("China on April 4 unveiled a list of products worth $50 billion imported from the United"
                        + " States that will be subject to higher tariffs."))
                .containsExactly("Sanctions/Trade tariffs");
        assertThat(kinds("China quickly retaliated by listing $50 billion of products that it could hit with its own"
                        + " 25 percent tariffs."))
                .containsExactly("Sanctions/Trade tariffs");
        assertThat(kinds("Imposing new tariffs is \"an economic dead end,\" he said."))
                .isEmpty();
    }

    @Test
    void people_described_as_displaced_are_no_displacement_news() {
        assertThat(kinds("Two siblings, 11 and 7, who were displaced from Umemger village, were seen with symptoms."))
                .isEmpty();
        assertThat(kinds("Thousands of villagers were displaced from Umemger on Monday by the fighting."))
                .contains("Displacement/Displacement");
    }

    @Test
    void survivors_or_deaths_of_a_shooting_say_it_happened() {
        assertThat(kinds("Hogg is one of the survivors of the school shooting in February at Marjory Stoneman Douglas"
                        + " High School."))
                .containsExactly("Homicide/Murder");
        assertThat(kinds("School shootings are a national debate.")).isEmpty();
    }
}
