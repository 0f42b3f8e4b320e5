package org.geobrief.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompanionsTest {

    private static boolean companion(String text, String name) {
        return Companions.named(text, text.indexOf(name));
    }

    @Test
    void a_country_listed_along_with_others_is_a_companion() {
        assertEquals(
                true,
                companion(
                        "a military alliance comprised of several former Soviet republics in the region along with"
                                + " Russia, to enter the country",
                        "Russia"));
        assertEquals(true, companion("CSTO members including Belarus sent troops", "Belarus"));
        assertEquals(true, companion("Armenia as well as the Kyrgyz Republic pledged units", "Kyrgyz"));
    }

    @Test
    void a_country_introduced_as_a_scene_is_no_companion() {
        assertEquals(false, companion("Protesters clashed with police in Almaty", "Almaty"));
        assertEquals(false, companion("troops were sent to Kazakhstan overnight", "Kazakhstan"));
    }
}
