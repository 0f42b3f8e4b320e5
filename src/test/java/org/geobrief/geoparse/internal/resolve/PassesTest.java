package org.geobrief.geoparse.internal.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geobrief.geoparse.TestPlaces.*;

import java.util.Map;
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
}
