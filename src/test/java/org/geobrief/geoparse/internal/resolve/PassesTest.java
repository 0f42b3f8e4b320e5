package org.geobrief.geoparse.internal.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geobrief.geoparse.TestPlaces.*;

import java.util.Map;
import org.geobrief.base.GeoPoint;
import org.geobrief.gazetteer.Place;
import org.geobrief.geoparse.HomeRegions;
import org.junit.jupiter.api.Test;

/** Each resolution pass alone, on hand-built mentions: input candidates -> expected best pick. */
class PassesTest {

    @Test
    void population_prior_prefers_the_bigger_namesake() {
        DocumentState doc = new Docs("Storms hit Birmingham.")
                .name("Birmingham", BIRMINGHAM_AL, BIRMINGHAM)
                .build();
        new PopulationPriorPass().apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(BIRMINGHAM);
    }

    @Test
    void feature_class_prior_prefers_a_country_over_a_state_of_the_same_size() {
        DocumentState doc = new Docs("News from Georgia.")
                .name("Georgia", GEORGIA_US, GEORGIA)
                .build();
        new FeatureClassPriorPass().apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(GEORGIA);
    }

    @Test
    void feature_class_prior_reads_a_name_ending_in_a_water_word_as_the_water_not_the_area_named_after_it() {
        DocumentState doc = new Docs("A ship sank in the Red Sea.")
                .name("Red Sea", RED_SEA_GOVERNORATE, RED_SEA)
                .build();
        new PopulationPriorPass().apply(doc);
        new FeatureClassPriorPass().apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(RED_SEA);
    }

    @Test
    void qualified_name_pass_takes_the_place_inside_the_qualifier() {
        DocumentState doc = new Docs("Storms hit Paris, Texas.")
                .name("Paris", PARIS, PARIS_TX)
                .name("Texas", TEXAS)
                .build();
        new PopulationPriorPass().apply(doc);
        new QualifiedNamePass().apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(PARIS_TX);
    }

    @Test
    void qualified_name_pass_settles_the_qualifier_too() {
        DocumentState doc = new Docs("Traffic in Atlanta, Georgia.")
                .name("Atlanta", ATLANTA)
                .name("Georgia", GEORGIA, GEORGIA_US)
                .build();
        new FeatureClassPriorPass().apply(doc);
        new QualifiedNamePass().apply(doc);
        assertThat(Docs.best(doc, 1)).isEqualTo(GEORGIA_US);
    }

    @Test
    void qualified_name_pass_takes_the_place_on_the_named_sea() {
        DocumentState doc = new Docs("Aktau on the Caspian Sea.")
                .name("Aktau", AKTAU_KARAGANDA, AKTAU)
                .name("Caspian Sea", CASPIAN_SEA)
                .build();
        doc.mentions().get(0).candidates.get(0).score = 3; // the namesake starts ahead
        new QualifiedNamePass().apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(AKTAU);
    }

    static final Place ATLANTIC_OCEAN =
            new Place(-97, "Atlantic Ocean", "H", "OCN", "", "", "", 0, new GeoPoint(-4.9, -27.4));
    static final Place ATLANTIC_IA = place(4847385, "Atlantic", "P", "PPLA2", "IA", 6_800, 41.4, -95.01);

    @Test
    void context_neither_favours_nor_demotes_an_ocean_against_a_town_of_its_name() {
        DocumentState doc = new Docs("Texas and Alabama braced as the storm crossed the Atlantic.")
                .name("Texas", TEXAS)
                .name("Alabama", ALABAMA)
                .name("Atlantic", ATLANTIC_IA, ATLANTIC_OCEAN)
                .build();
        doc.mentions().get(2).candidates.get(1).score = 2; // the priors put the ocean ahead
        new CountryContextPass().apply(doc);
        new ProximityPass().apply(doc);
        assertThat(Docs.best(doc, 2)).isEqualTo(ATLANTIC_OCEAN);
    }

    @Test
    void country_context_pass_follows_the_countries_the_text_names() {
        DocumentState doc = new Docs("Texas and Alabama braced; in Paris, crews were ready.")
                .name("Texas", TEXAS)
                .name("Alabama", ALABAMA)
                .name("Paris", PARIS, PARIS_TX)
                .build();
        doc.mentions().get(2).candidates.get(0).score = 3; // Paris, France starts 3:1 ahead
        new CountryContextPass().apply(doc);
        assertThat(Docs.best(doc, 2)).isEqualTo(PARIS_TX);
    }

    @Test
    void proximity_pass_follows_nearby_places() {
        DocumentState doc = new Docs("From Seattle to Washington, rain.")
                .name("Seattle", SEATTLE)
                .name("Washington", WASHINGTON_DC, WASHINGTON_STATE)
                .build();
        doc.mentions().get(1).candidates.get(0).score = 3;
        new ProximityPass().apply(doc);
        assertThat(Docs.best(doc, 1)).isEqualTo(WASHINGTON_STATE);
    }

    @Test
    void one_sense_per_document_pools_the_evidence_of_a_name() {
        DocumentState doc = new Docs("Paris, Texas. Later in Paris.")
                .name("Paris", PARIS, PARIS_TX)
                .name("Paris", PARIS, PARIS_TX)
                .build();
        doc.mentions().get(0).candidates.get(1).score = 9; // the first mention is sure of Texas
        doc.mentions().get(1).candidates.get(0).score = 2; // the second leans weakly to France
        new OneSensePerDocumentPass().apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(PARIS_TX);
        assertThat(Docs.best(doc, 1)).isEqualTo(PARIS_TX);
    }

    @Test
    void override_pass_forces_the_analysts_pick() {
        DocumentState doc =
                new Docs("Rally in Paris.").name("Paris", PARIS, PARIS_TX).build();
        new OverridePass(Map.of("paris", PARIS_TX.geonameId())).apply(doc);
        new PopulationPriorPass().apply(doc);
        new FeatureClassPriorPass().apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(PARIS_TX);
        assertThat(doc.mentions().get(0).forced).isEqualTo(PARIS_TX);
    }

    @Test
    void override_pass_adds_a_place_the_name_did_not_offer() {
        DocumentState doc = new Docs("Rally in Paris.").name("Paris", PARIS).build();
        new OverridePass(Map.of("paris", MOSCOW.geonameId())).apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(MOSCOW);
    }

    // local namesakes, GeoNames ids with rounded figures
    static final Place PARIS_TN = place(4647963, "Paris", "P", "PPLA2", "TN", 10_156, 36.30, -88.33);
    static final Place HENRY_COUNTY_TN = place(4628829, "Henry County", "A", "ADM2", "TN", 32_330, 36.33, -88.30);
    static final Place NEW_LONDON_CT = place(4839416, "New London", "P", "PPL", "CT", 27_000, 41.36, -72.10);
    static final Place NEW_LONDON_NC = place(4481941, "New London", "P", "PPL", "NC", 600, 35.44, -80.22);
    static final Place NEW_LONDON_IA = place(4868768, "New London", "P", "PPL", "IA", 1_900, 40.93, -91.40);
    static final Place MOUNT_PLEASANT_SC = place(4588165, "Mount Pleasant", "P", "PPL", "SC", 67_000, 32.79, -79.86);
    static final Place MOUNT_PLEASANT_IA = place(4868205, "Mount Pleasant", "P", "PPLA2", "IA", 8_600, 40.96, -91.56);
    static final Place WINFIELD_KS = place(4281730, "Winfield", "P", "PPLA2", "KS", 12_000, 37.24, -96.99);
    static final Place WINFIELD_IA = place(4881473, "Winfield", "P", "PPL", "IA", 1_100, 41.12, -91.44);

    private static Place place(
            long id, String name, String cls, String code, String state, long pop, double lat, double lon) {
        return new Place(id, name, cls, code, "US", state, state, pop, new GeoPoint(lat, lon));
    }

    @Test
    void proximity_pass_puts_a_town_by_the_county_the_text_names() {
        DocumentState doc = new Docs("A Paris man appeared in Henry County court.")
                .name("Paris", PARIS, PARIS_TN)
                .name("Henry County", HENRY_COUNTY_TN)
                .build();
        doc.mentions().get(0).candidates.get(0).score = 5; // Paris, France starts 5:1 ahead
        new ProximityPass().apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(PARIS_TN);
    }

    static final Place DOUGLAS_COUNTY_NE = place(5066001, "Douglas County", "A", "ADM2", "NE", 517_000, 41.30, -96.15);
    static final Place DOUGLAS_COUNTY_MN = place(5025264, "Douglas County", "A", "ADM2", "MN", 36_000, 45.93, -95.45);
    static final Place ALEXANDRIA_MN = place(5016108, "Alexandria", "P", "PPLA2", "MN", 13_000, 45.89, -95.38);
    static final Place KENSINGTON_MN = place(5032016, "Kensington", "P", "PPL", "MN", 300, 45.78, -95.70);

    @Test
    void county_state_pass_puts_a_county_in_the_state_of_the_texts_other_places() {
        DocumentState doc = new Docs(
                        "Douglas County Public Works said roads near Alexandria and Kensington are closed.")
                .name("Douglas County", DOUGLAS_COUNTY_NE, DOUGLAS_COUNTY_MN)
                .name("Alexandria", ALEXANDRIA_MN)
                .name("Kensington", KENSINGTON_MN)
                .build();
        doc.mentions().get(0).candidates.get(0).score = 5; // the populous Nebraska county starts 5:1 ahead
        new CountyStatePass().apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(DOUGLAS_COUNTY_MN);
    }

    @Test
    void county_state_pass_keeps_a_county_whose_state_the_text_names() {
        DocumentState doc = new Docs("Douglas County deputies in Omaha and Alexandria.")
                .name("Douglas County", DOUGLAS_COUNTY_NE, DOUGLAS_COUNTY_MN)
                .name("Omaha", OMAHA)
                .name("Alexandria", ALEXANDRIA_MN)
                .build();
        doc.mentions().get(0).candidates.get(0).score = 5;
        new CountyStatePass().apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(DOUGLAS_COUNTY_NE);
    }

    static final Place OMAHA = place(5074472, "Omaha", "P", "PPLA2", "NE", 400_000, 41.26, -95.94);

    static final Place ONTARIO_PROVINCE =
            new Place(6093943, "Ontario", "A", "ADM1", "CA", "08", "Ontario", 13_000_000, new GeoPoint(49.25, -84.5));
    static final Place ONTARIO_NY = place(5129887, "Ontario", "P", "PPL", "NY", 2_000, 43.22, -77.28);
    static final Place WOODSTOCK_ON =
            new Place(6185217, "Woodstock", "P", "PPLA2", "CA", "08", "Ontario", 37_000, new GeoPoint(43.13, -80.75));

    @Test
    void proximity_pass_counts_a_town_as_close_to_the_province_that_holds_it() {
        // Ontario's point lies 700 km north of Woodstock, Ontario; a village called Ontario lies 280 km east
        DocumentState doc = new Docs("The Woodstock mayor spoke of the Ontario games.")
                .name("Woodstock", WOODSTOCK_ON)
                .name("Ontario", ONTARIO_NY, ONTARIO_PROVINCE)
                .build();
        new ProximityPass().apply(doc);
        assertThat(Docs.best(doc, 1)).isEqualTo(ONTARIO_PROVINCE);
    }

    static final Place DR_CONGO = new Place(
            203312,
            "Democratic Republic of the Congo",
            "A",
            "PCLI",
            "CD",
            "",
            "",
            95_000_000,
            new GeoPoint(-2.5, 23.5));
    static final Place CONGO =
            new Place(2260494, "Republic of the Congo", "A", "PCLI", "CG", "", "", 5_200_000, new GeoPoint(-1, 15));
    static final Place SUDAN = new Place(366755, "Sudan", "A", "PCLI", "SD", "", "", 43_000_000, new GeoPoint(16, 30));
    static final Place SOUTH_SUDAN =
            new Place(7909807, "South Sudan", "A", "PCLI", "SS", "", "", 11_000_000, new GeoPoint(7.5, 30));

    @Test
    void short_form_pass_reads_a_shortened_country_name_as_the_full_one_in_the_text() {
        DocumentState doc = new Docs("Clashes in eastern Congo. GOMA, Democratic Republic of Congo - Fighting spread.")
                .name("Congo", CONGO)
                .name("Democratic Republic of Congo", DR_CONGO)
                .build();
        new ShortFormPass().apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(DR_CONGO);
    }

    @Test
    void short_form_pass_leaves_a_country_called_exactly_that_name() {
        DocumentState doc = new Docs("Sudan and South Sudan agreed.")
                .name("Sudan", SUDAN)
                .name("South Sudan", SOUTH_SUDAN)
                .build();
        new ShortFormPass().apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(SUDAN);
    }

    @Test
    void country_context_pass_does_not_let_a_lone_city_section_carry_a_town_abroad() {
        Place parisVic =
                new Place(9_000_001, "Paris", "P", "PPL", "AU", "07", "Victoria", 400, new GeoPoint(-37.5, 144));
        Place lakesidePark = new Place(
                9_000_002, "Lakeside Park", "P", "PPLX", "AU", "07", "Victoria", 20_000, new GeoPoint(-38, 145));
        DocumentState doc = new Docs("Paris police found the car on a street by Lakeside Park.")
                .name("Paris", PARIS_TX, parisVic)
                .name("Lakeside Park", lakesidePark)
                .build();
        doc.mentions().get(0).candidates.get(0).score = 5; // the Texas town starts 5:1 ahead on population
        new CountryContextPass().apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(PARIS_TX);
    }

    @Test
    void country_context_pass_does_not_let_a_name_vote_for_itself() {
        DocumentState doc = new Docs("Paris police said Paris schools and Paris roads in Texas were shut.")
                .name("Paris", PARIS, PARIS_TX)
                .name("Paris", PARIS, PARIS_TX)
                .name("Paris", PARIS, PARIS_TX)
                .name("Texas", TEXAS)
                .build();
        for (int i = 0; i < 3; i++) {
            doc.mentions().get(i).candidates.get(0).score = 10; // Paris, France starts 10:1 ahead each time
        }
        new CountryContextPass().apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(PARIS_TX);
        assertThat(Docs.best(doc, 2)).isEqualTo(PARIS_TX);
    }

    @Test
    void proximity_pass_lets_small_neighbours_that_rank_low_find_each_other() {
        DocumentState doc = new Docs("New London, Mount Pleasant and Winfield schools closed.")
                .name("New London", NEW_LONDON_CT, NEW_LONDON_NC, PARIS_TX, NEW_LONDON_IA)
                .name("Mount Pleasant", MOUNT_PLEASANT_SC, PARIS_TN, SEATTLE, MOUNT_PLEASANT_IA)
                .name("Winfield", WINFIELD_KS, WINFIELD_IA)
                .build();
        for (int i = 0; i < 3; i++) {
            doc.mentions().get(i).candidates.get(0).score = 2; // the Iowa towns are each the last choice
        }
        new ProximityPass().apply(doc);
        new ProximityPass().apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(NEW_LONDON_IA);
        assertThat(Docs.best(doc, 1)).isEqualTo(MOUNT_PLEASANT_IA);
        assertThat(Docs.best(doc, 2)).isEqualTo(WINFIELD_IA);
    }

    @Test
    void dateline_pass_reads_a_dateline_as_the_town_filed_from() {
        DocumentState doc = new Docs("Budget talks\nWASHINGTON — Talks stalled again.")
                .name("WASHINGTON", WASHINGTON_STATE, WASHINGTON_DC)
                .build();
        doc.mentions().get(0).candidates.get(0).score = 3;
        new DatelinePass().apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(WASHINGTON_DC);
    }

    @Test
    void dateline_pass_ignores_a_name_inside_a_sentence() {
        DocumentState doc = new Docs("Talks in WASHINGTON, then Seattle.")
                .name("WASHINGTON", WASHINGTON_STATE, WASHINGTON_DC)
                .build();
        doc.mentions().get(0).candidates.get(0).score = 3;
        new DatelinePass().apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(WASHINGTON_STATE);
    }

    @Test
    void home_region_pass_prefers_the_namesake_in_the_outlets_home_state() {
        DocumentState doc =
                new Docs("Storms hit Paris.").name("Paris", PARIS, PARIS_TX).build();
        doc.mentions().get(0).candidates.get(0).score = 3; // the capital starts ahead
        new HomeRegionPass(new HomeRegions(Map.of("US.TX", 1.0))).apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(PARIS_TX); // 3 against 1 × (1 + 3 × 1)
    }

    @Test
    void home_region_pass_leaves_a_mention_whose_likeliest_reading_is_a_country_or_a_state() {
        DocumentState doc = new Docs("News from Georgia, and from Paris.")
                .name("Georgia", GEORGIA, GEORGIA_US)
                .name("Paris", PARIS, PARIS_TX)
                .build();
        doc.mentions().get(0).candidates.get(0).score = 3;
        doc.mentions().get(1).candidates.get(0).score = 3;
        new HomeRegionPass(new HomeRegions(Map.of("US.GA", 1.0))).apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(GEORGIA);
        assertThat(Docs.best(doc, 1)).isEqualTo(PARIS);
    }

    @Test
    void qualified_name_pass_reads_the_bare_name_as_not_the_state_when_the_text_says_washington_state() {
        DocumentState doc = new Docs("Talks in Washington stalled; workers in Washington state worry.")
                .name("Washington", WASHINGTON_STATE, WASHINGTON_DC)
                .name("Washington state", WASHINGTON_STATE)
                .build();
        doc.mentions().get(0).candidates.get(0).score = 3;
        new QualifiedNamePass().apply(doc);
        assertThat(Docs.best(doc, 0)).isEqualTo(WASHINGTON_DC);
    }
}
