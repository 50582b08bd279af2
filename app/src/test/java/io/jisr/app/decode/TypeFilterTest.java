package io.jisr.app.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeFilterTest {
    private static final String HOW =
            "give message types 1..27 separated by commas, with ranges allowed, e.g. 1,2,3,18 or 1-5,18";

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"1,2,3,5; 1,2,3,5", "5; 5", " 18 , 1 ; 1,18", "1-3,18; 1,2,3,18", "27-27; 27", "3,3; 3"})
    void parse_validList_acceptsExactlyTheseTypes(String list, String accepted) {
        assertThat(TypeFilter.parse(list)).hasToString(accepted);
    }

    @Test
    void all_acceptsEveryDefinedTypeOnly() {
        TypeFilter all = TypeFilter.all();

        assertThat(all.accepts(1)).isTrue();
        assertThat(all.accepts(27)).isTrue();
        assertThat(all.accepts(0)).isFalse();
        assertThat(all.accepts(28)).isFalse();
        assertThat(all.accepts(-1)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "0; message type 0 does not exist (AIS defines types 1..27)",
                "1,28; message type 28 does not exist (AIS defines types 1..27)",
                "1,x; \"x\" is not a message type",
                "1,,2; \"\" is not a message type",
                "5-3; \"5-3\" is an empty range",
                "-1; message type -1 does not exist (AIS defines types 1..27)"
            })
    void parse_invalidList_saysWhichItemIsWrong(String list, String problem) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TypeFilter.parse(list))
                .withMessage(problem + "; " + HOW);
    }

    @Test
    void parse_blank_saysTheListIsEmpty() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TypeFilter.parse(" "))
                .withMessage("the list of types is empty; " + HOW);
    }
}
