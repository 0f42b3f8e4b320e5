package org.geobrief;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The geoparsing core stays plain Java, and dependencies point one way: ui → facade → core. */
class ModularityTest {

    private static final String[] CORE = {
        "org.geobrief.base..",
        "org.geobrief.gazetteer..",
        "org.geobrief.geoparse..",
        "org.geobrief.timeline..",
        "org.geobrief.events.."
    };

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.geobrief");

    @Test
    void core_has_no_spring_or_vaadin_imports() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.vaadin..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void core_does_not_reach_up_into_import_map_briefing_or_cli() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.geobrief.ingest..", "org.geobrief.map..", "org.geobrief.briefing..", "org.geobrief.cli..")
                .check(classes);
    }

    @Test
    void only_ui_packages_use_vaadin_components() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..")
                .and()
                .resideOutsideOfPackage("org.geobrief")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin.flow.component..")
                .check(classes);
    }
}
