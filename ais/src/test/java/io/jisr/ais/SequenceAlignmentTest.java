package io.jisr.ais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceAlignmentTest {

    @Test
    void align_identicalSequences_pairsEverything() {
        SequenceAlignment.Result r = SequenceAlignment.align(List.of("a", "b", "c"), List.of("a", "b", "c"));

        assertThat(r.pairs()).containsExactly(new int[] {0, 0}, new int[] {1, 1}, new int[] {2, 2});
        assertThat(r.leftOnly()).isEmpty();
        assertThat(r.rightOnly()).isEmpty();
    }

    @Test
    void align_itemsSkippedOnEitherSide_pairsTheRest() {
        SequenceAlignment.Result r =
                SequenceAlignment.align(List.of("a", "x", "b", "c", "d"), List.of("a", "b", "y", "c", "z", "d"));

        assertThat(r.pairs()).containsExactly(new int[] {0, 0}, new int[] {2, 1}, new int[] {3, 3}, new int[] {4, 5});
        assertThat(r.leftOnly()).containsExactly(1);
        assertThat(r.rightOnly()).containsExactly(2, 4);
    }

    @Test
    void align_everyOtherItemDroppedOnOneSide_pairsAllTheOthers() {
        // AMSA's "!=IVDM" lines: one decoder keeps them, the other drops each one.
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            left.add("kept" + (i % 7));
            left.add("dropped" + (i % 5));
            right.add("kept" + (i % 7));
        }

        SequenceAlignment.Result r = SequenceAlignment.align(left, right);

        assertThat(r.pairs()).hasSize(500);
        assertThat(r.rightOnly()).isEmpty();
        assertThat(r.leftOnly()).hasSize(500).allMatch(i -> left.get(i).startsWith("dropped"));
    }

    @Test
    void align_keyRepeatedOnOneSide_pairsTheCheaperRepeat() {
        // Two reports of the same ship on the right, one on the left: the second right one matches it.
        SequenceAlignment.Result r = SequenceAlignment.align(
                List.of("a", "k", "b"), List.of("a", "k", "k", "b"), (i, j) -> i == 1 && j == 1 ? 3 : 0);

        assertThat(r.pairs()).containsExactly(new int[] {0, 0}, new int[] {1, 2}, new int[] {2, 3});
        assertThat(r.rightOnly()).containsExactly(1);
    }

    @Test
    void align_oneSideEmpty_leavesTheOtherUnpaired() {
        SequenceAlignment.Result r = SequenceAlignment.align(List.of("a", "b"), List.<String>of());

        assertThat(r.pairs()).isEmpty();
        assertThat(r.leftOnly()).containsExactly(0, 1);
    }

    @Test
    void align_unrelatedSequencesBeyondLimit_throws() {
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < SequenceAlignment.MAX_UNPAIRED; i++) {
            left.add(i);
        }
        List<Integer> right = new ArrayList<>(left);
        Collections.reverse(right);
        right.add(-1);

        assertThatThrownBy(() -> SequenceAlignment.align(left, right))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("sequences of 5000 and 5001 keys differ in more than 5000 places;"
                        + " they are not two decodings of one input");
    }
}
