package io.jisr.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class VesselTableTest {

    /**
     * Three tables over one index, with random puts and removes over a small key range (many collisions,
     * slots freed and reused, the index grown), each agree with a HashMap of their own.
     */
    @Property(tries = 200)
    void tablesSharingAnIndex_anySequence_agreeWithHashMaps(
            @ForAll @Size(max = 600) List<@IntRange(min = -60, max = 60) Integer> keys,
            @ForAll @Size(max = 600) List<@IntRange(min = 0, max = 5) Integer> operations) {
        VesselIndex index = new VesselIndex(2);
        List<VesselTable<Integer>> tables = new ArrayList<>();
        List<Map<Integer, Integer>> references = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            tables.add(new VesselTable<>(index));
            references.add(new HashMap<>());
        }
        for (int i = 0; i < Math.min(keys.size(), operations.size()); i++) {
            int key = keys.get(i) * 1_000_003;
            int op = operations.get(i);
            VesselTable<Integer> table = tables.get(op % 3);
            Map<Integer, Integer> reference = references.get(op % 3);
            if (op >= 3) {
                assertThat(table.remove(key)).isEqualTo(reference.remove(key));
            } else {
                assertThat(table.put(key, i)).isEqualTo(reference.put(key, i));
            }
            assertThat(table.size()).isEqualTo(reference.size());
        }
        java.util.Set<Integer> anyHeld = new java.util.HashSet<>();
        for (int t = 0; t < 3; t++) {
            for (int k = -60; k <= 60; k++) {
                assertThat(tables.get(t).get(k * 1_000_003))
                        .isEqualTo(references.get(t).get(k * 1_000_003));
            }
            List<Integer> visited = new ArrayList<>();
            tables.get(t).forEachValue(visited::add);
            assertThat(visited)
                    .containsExactlyInAnyOrderElementsOf(references.get(t).values());
            anyHeld.addAll(references.get(t).keySet());
        }
        // An entry lives exactly as long as some table holds state for the vessel.
        assertThat(index.size()).isEqualTo(anyHeld.size());
    }

    @Test
    void slotOfAVesselNoTableHolds_isGivenToTheNextNewVessel() {
        VesselIndex index = new VesselIndex();
        VesselTable<String> a = new VesselTable<>(index);
        VesselTable<String> b = new VesselTable<>(index);
        a.put(1, "a1");
        b.put(1, "b1");
        int slot = index.slotAt(index.find(1));
        a.remove(1);
        assertThat(index.slotAt(index.find(1))).as("still held by b").isEqualTo(slot);
        b.remove(1);
        assertThat(index.find(1)).isEqualTo(-1);
        a.put(2, "a2");
        assertThat(index.slotAt(index.find(2))).isEqualTo(slot);
        assertThat(b.get(2)).isNull();
        assertThat(a.get(2)).isEqualTo("a2");
    }

    @Test
    void theEmptyMarker_isNotAKey() {
        assertThatThrownBy(() -> new VesselTable<String>().get(Integer.MIN_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
