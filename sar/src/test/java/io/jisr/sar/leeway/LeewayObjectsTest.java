package io.jisr.sar.leeway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.sar.SarInputException;
import org.junit.jupiter.api.Test;

class LeewayObjectsTest {
    private static final String HEADER = String.join(",", LeewayTableParser.COLUMNS) + "\n";

    @Test
    void bundled_hasThe85PublishedCategoriesInOrder() {
        LeewayObjects table = LeewayObjects.bundled();
        assertThat(table.all()).hasSize(85);
        for (int i = 0; i < 85; i++) {
            assertThat(table.all().get(i).id()).isEqualTo(i + 1);
        }
        LeewayObject piw = table.all().get(0);
        assertThat(piw.key()).isEqualTo("PIW-1");
        assertThat(piw.description()).isEqualTo("Person-in-water (PIW), unknown state (mean values)");
        assertThat(piw.downwind()).isEqualTo(new LeewayCoefficients(0.96, 0, 12));
        assertThat(piw.crosswindRight()).isEqualTo(new LeewayCoefficients(0.54, 0, 9.4));
        assertThat(piw.crosswindLeft()).isEqualTo(new LeewayCoefficients(-0.54, 0, 9.4));
        assertThat(table.byId(67).orElseThrow().key()).isEqualTo("SLDMB");
    }

    @Test
    void find_byNumberKeyDescriptionOrUniqueWords() {
        LeewayObjects table = LeewayObjects.bundled();
        assertThat(table.find("27").id()).isEqualTo(27);
        assertThat(table.find(" piw-1 ").id()).isEqualTo(1);
        assertThat(table.find("Person-in-water (PIW), unknown state (mean values)")
                        .id())
                .isEqualTo(1);
        assertThat(table.find("syringes, large").key()).isEqualTo("MED-WASTE-6");
    }

    @Test
    void find_unknownObject_saysWhatToGive() {
        assertThatThrownBy(() -> LeewayObjects.bundled().find("submarine with wings"))
                .isInstanceOf(SarInputException.class)
                .hasMessage("unknown Leeway object \"submarine with wings\": give a category number 1–85, a key such"
                        + " as PIW-1 or LIFE-RAFT-NB-1, or words of its description");
        assertThatThrownBy(() -> LeewayObjects.bundled().find("86"))
                .hasMessage("unknown Leeway object category 86: the table has categories 1–85");
        assertThatThrownBy(() -> LeewayObjects.bundled().find("0"))
                .hasMessage("unknown Leeway object category 0: the table has categories 1–85");
        assertThatThrownBy(() -> LeewayObjects.bundled().find(" "))
                .hasMessage("Leeway object must be given as a category number 1–85, a key such as PIW-1, or a"
                        + " description");
    }

    @Test
    void find_ambiguousWords_listsTheCandidates() {
        assertThatThrownBy(() -> LeewayObjects.bundled().find("syringes"))
                .isInstanceOf(SarInputException.class)
                .hasMessage("Leeway object \"syringes\" matches 3 categories (83 MED-WASTE-5; 84 MED-WASTE-6; 85"
                        + " MED-WASTE-7): give the number or the key");
    }

    @Test
    void parse_badLines_nameTheLineAndField() {
        assertThatThrownBy(() -> LeewayObjects.parse("# only a comment\n", "t.csv"))
                .hasMessageStartingWith("t.csv: no header line");
        assertThatThrownBy(() -> LeewayObjects.parse("id,key\n", "t.csv"))
                .hasMessageStartingWith("t.csv line 1: header must be id,key,level,description,");
        assertThatThrownBy(() -> LeewayObjects.parse(HEADER, "t.csv"))
                .hasMessage("t.csv: no categories after the header");
        assertThatThrownBy(() -> LeewayObjects.parse(HEADER + "1,A,0,x,1,0,1,1,0,1,-1,0\n", "t.csv"))
                .hasMessage("t.csv line 2: expected 13 fields, found 12 in \"1,A,0,x,1,0,1,1,0,1,-1,0\"");
        assertThatThrownBy(() -> LeewayObjects.parse(HEADER + "1,A,0,x,1,0,1,1,0,1,-1,0,NaN\n", "t.csv"))
                .hasMessage("t.csv line 2: cwl_std_cm_s must be a decimal number, was \"NaN\"");
        assertThatThrownBy(() -> LeewayObjects.parse(HEADER + "2,A,0,x,1,0,1,1,0,1,-1,0,1\n", "t.csv"))
                .hasMessage("t.csv line 2: id must be 1 (categories are numbered 1, 2, … in file order), was 2");
        assertThatThrownBy(() -> LeewayObjects.parse(HEADER + "1,A,0,x,1,0,-1,1,0,1,-1,0,1\n", "t.csv"))
                .hasMessage("t.csv line 2: dw_std_cm_s must not be negative, was -1");
        assertThatThrownBy(() -> LeewayObjects.parse(
                        HEADER + "1,A,0,x,1,0,1,1,0,1,-1,0,1\n2,a,0,y,1,0,1,1,0,1,-1,0,1\n", "t.csv"))
                .hasMessage("t.csv line 3: key \"a\" appears twice");
        assertThatThrownBy(() -> LeewayObjects.parse(HEADER + "1,A,0,\"x,1,0,1,1,0,1,-1,0,1\n", "t.csv"))
                .hasMessage("t.csv line 2: quote of field 4 is not closed");
        assertThatThrownBy(() -> LeewayObjects.parse(HEADER + "1,A,7,x,1,0,1,1,0,1,-1,0,1\n", "t.csv"))
                .hasMessage("t.csv line 2: level must be 0 to 3, was 7");
    }

    @Test
    void parse_quotedDescriptionWithCommasAndQuotes_isKept() {
        LeewayObjects table =
                LeewayObjects.parse(HEADER + "1,A,0,\"raft, \"\"small\"\"\",1,0,1,1,0,1,-1,0,1\r\n", "t.csv");
        assertThat(table.all().get(0).description()).isEqualTo("raft, \"small\"");
    }
}
