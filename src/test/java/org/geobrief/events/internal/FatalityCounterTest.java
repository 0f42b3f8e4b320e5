package org.geobrief.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FatalityCounterTest {

    private final FatalityCounter counter = new FatalityCounter();

    @Test
    void stated_numbers_count_vague_ones_do_not() {
        assertThat(counter.count("Police opened fire on protesters, killing at least one person."))
                .isEqualTo(1);
        assertThat(counter.count("The ministry said eight law enforcement officials died in the clashes."))
                .isEqualTo(8);
        assertThat(counter.count("The Interior Ministry said that 18 security personnel have died."))
                .isEqualTo(18);
        assertThat(counter.count("The death toll rose to 1,025 on Friday.")).isEqualTo(1025);
        assertThat(counter.count("Police said early on January 6 that they had killed “dozens” of protesters."))
                .isNull();
        assertThat(counter.count("Forces had eliminated tens of rioters.")).isNull();
        assertThat(counter.count("Protesters torched 120 cars, and more than 200 were arrested."))
                .isNull();
    }
}
