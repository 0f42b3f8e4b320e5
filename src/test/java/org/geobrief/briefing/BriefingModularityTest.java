package org.geobrief.briefing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Briefings are plain Java outside {@code briefing.ui}, and never reach into storage or the map views. */
class BriefingModularityTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.geobrief.briefing");

    @Test
    void writers_use_neither_spring_nor_vaadin() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.geobrief.briefing.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void briefings_do_not_depend_on_storage_the_map_or_the_cli() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.geobrief.ingest..",
                        "org.geobrief.map..",
                        "org.geobrief.cli..",
                        "org.geobrief.events.internal..")
                .check(classes);
    }
}
