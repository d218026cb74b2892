package org.postbag.linking.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource({
        "Ms Natarajan, Priya Natarajan, true",
        "natarajan, Priya Natarajan, true",
        "Ms Natarajan's, Priya Natarajan, true",
        "Dr. O’Brien, Máire O'Brien, true",
        "Priya, Priya Natarajan, false",
        "Rosa Luxemburg, Priya Natarajan, false"
    })
    void comparesBySurnameIgnoringCaseTitlesAndPossessives(String attributed, String author, boolean same) {
        assertThat(Names.surname(attributed).equals(Names.surname(author))).isEqualTo(same);
    }

    @ParameterizedTest
    @CsvSource({"Ms Natarajan, natarajan", "'  Dr. O’Brien’s ', o'brien", "Rosa Luxemburg, luxemburg"})
    void theSurnameIsTheLastWordLowerCased(String name, String surname) {
        assertThat(Names.surname(name)).isEqualTo(surname);
    }
}
