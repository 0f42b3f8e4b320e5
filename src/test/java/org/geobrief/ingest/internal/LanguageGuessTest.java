package org.geobrief.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    @Test
    void function_words_name_the_language() {
        assertThat(LanguageGuess.of("The protesters said that the police was in the square with the army."))
                .isEqualTo("en");
        assertThat(LanguageGuess.of("Les manifestants sont dans la rue et la police est là pour les disperser."))
                .isEqualTo("fr");
        assertThat(LanguageGuess.of(
                        "Die Polizei ist mit den Demonstranten auf der Straße und das nicht zum ersten Mal."))
                .isEqualTo("de");
    }

    @Test
    void script_names_the_language_before_words() {
        assertThat(LanguageGuess.of("Протестующие вышли на улицы Алматы.")).isEqualTo("ru");
        assertThat(LanguageGuess.of("12345 --- !!!")).isEqualTo("en");
    }
}
