package io.jisr.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class IntKeyMapTest {

    /** Random puts and removes over a small key range (many collisions) agree with HashMap. */
    @Property(tries = 200)
    void operations_anySequence_agreeWithHashMap(
            @ForAll @Size(max = 400) List<@IntRange(min = -50, max = 50) Integer> keys,
            @ForAll @Size(max = 400) List<Boolean> removes) {
        IntKeyMap<Integer> map = new IntKeyMap<>(2);
        Map<Integer, Integer> reference = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            int key = keys.get(i) * 1_000_003;
            if (i < removes.size() && removes.get(i)) {
                assertThat(map.remove(key)).isEqualTo(reference.remove(key));
            } else {
                assertThat(map.put(key, i)).isEqualTo(reference.put(key, i));
            }
            assertThat(map.size()).isEqualTo(reference.size());
        }
        for (int k = -50; k <= 50; k++) {
            assertThat(map.get(k * 1_000_003)).isEqualTo(reference.get(k * 1_000_003));
        }
    }
}
