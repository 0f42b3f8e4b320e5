package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorFinderTest {

    private final ActorFinder actors = new ActorFinder();

    @Test
    void actors_keep_nationality_and_acronym_modifiers() {
        assertThat(actors.find("Russia has sent paratroopers as CSTO troops and Russian airborne troops arrived."))
                .containsExactly("paratroopers", "CSTO troops", "Russian airborne troops");
        assertThat(actors.find("Angry demonstrators clashed with Almaty police and anti-government protesters."))
                .containsExactly("demonstrators", "Almaty police", "anti-government protesters");
        assertThat(actors.find("Kazakh police said security forces had killed rioters."))
                .containsExactly("Kazakh police", "security forces", "rioters");
    }
}
