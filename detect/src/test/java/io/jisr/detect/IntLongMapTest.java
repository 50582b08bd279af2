package io.jisr.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class IntLongMapTest {

    /** Random puts, slot updates and lookups over a small key range (many collisions, several growths) agree with HashMap. */
    @Property(tries = 200)
    void operations_anySequence_agreeWithHashMap(
            @ForAll @Size(max = 600) List<@IntRange(min = -300, max = 300) Integer> keys,
            @ForAll @Size(max = 600) List<Long> values,
            @ForAll @Size(max = 600) List<Boolean> throughSlots) {
        IntLongMap map = new IntLongMap(2);
        Map<Integer, Long> reference = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            int key = keys.get(i) * 1_000_003;
            long value = i < values.size() ? values.get(i) : i;
            if (i < throughSlots.size() && throughSlots.get(i)) {
                int slot = map.find(key);
                assertThat(slot >= 0).isEqualTo(reference.containsKey(key));
                if (slot >= 0) {
                    assertThat(map.valueAt(slot)).isEqualTo(reference.get(key));
                    map.setValueAt(slot, value);
                } else {
                    map.insertAt(slot, key, value);
                }
            } else {
                map.put(key, value);
            }
            reference.put(key, value);
            assertThat(map.size()).isEqualTo(reference.size());
        }
        for (int k = -300; k <= 300; k++) {
            int key = k * 1_000_003;
            assertThat(map.containsKey(key)).isEqualTo(reference.containsKey(key));
            assertThat(map.get(key, Long.MIN_VALUE)).isEqualTo(reference.getOrDefault(key, Long.MIN_VALUE));
        }
    }

    @Test
    void find_emptyMarker_isRefused() {
        assertThatThrownBy(() -> new IntLongMap().find(Integer.MIN_VALUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key must not be Integer.MIN_VALUE (the empty marker)");
    }
}
