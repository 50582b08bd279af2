package io.jisr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** A block reads back exactly the records written into it, whatever their texts; a damaged block is refused. */
class RecordBlockTest {
    @Property(tries = 500)
    void aBlock_readsBackItsRecords(@ForAll @Size(max = 20) List<String> texts) {
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            RecordBlock.append(block, texts.get(i), Long.toString(i), "vessel-positions");
        }
        List<String[]> read = RecordBlock.read(block.toString(), 2);

        assertThat(read).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(read.get(i)).containsExactly(Long.toString(i), "vessel-positions", texts.get(i));
        }
    }

    @Property(tries = 500)
    void aCutBlock_isRefusedWithItsPlace_orReadsFewerRecords(
            @ForAll @Size(min = 1, max = 8) List<String> texts, @ForAll @IntRange(min = 1, max = 10_000) int cut) {
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            RecordBlock.append(block, texts.get(i), Long.toString(i));
        }
        String damaged = block.substring(0, Math.max(0, block.length() - cut));
        try {
            // A cut at a record's end reads the records before it; any other cut must be refused, not misread.
            List<String[]> read = RecordBlock.read(damaged, 1);
            assertThat(read.size()).isLessThan(texts.size());
            for (int i = 0; i < read.size(); i++) {
                assertThat(read.get(i)[1]).isEqualTo(texts.get(i));
            }
        } catch (IllegalStateException refused) {
            assertThat(refused).hasMessageStartingWith("a stored record block");
        }
    }

    @Property(tries = 500)
    void aBlockStoredAsBytes_readsBackItsRecords_aLoneSurrogateAsAQuestionMark(
            @ForAll @Size(max = 12) List<String> texts) {
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            RecordBlock.append(block, texts.get(i), Long.toString(i));
        }
        List<String[]> read = RecordBlock.read(RecordBlock.text(RecordBlock.stored(block.toString())), 1);

        assertThat(read).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String utf8 = new String(texts.get(i).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            assertThat(read.get(i)).containsExactly(Long.toString(i), utf8);
        }
    }

    @Test
    void aLoneSurrogate_comesBackAsAQuestionMark_andTheNextRecordIsIntact() {
        StringBuilder block = new StringBuilder();
        RecordBlock.append(block, "{\"a\":\"\uD800x\"}", "1");
        RecordBlock.append(block, "{\"b\":\"⚓ 🚢\"}", "2");

        assertThat(RecordBlock.read(RecordBlock.text(RecordBlock.stored(block.toString())), 1))
                .containsExactly(new String[] {"1", "{\"a\":\"?x\"}"}, new String[] {"2", "{\"b\":\"⚓ 🚢\"}"});
    }

    @Test
    void aRowStoredBeforeBlocks_isItsTextToTheEnd() {
        assertThat(RecordBlock.read("7:*:{\"a\":\"12:3:x\"}", 1).getFirst()).containsExactly("7", "{\"a\":\"12:3:x\"}");
    }

    @Test
    void aLengthThatIsNotANumber_isRefused() {
        assertThatThrownBy(() -> RecordBlock.read("7:x1:{}", 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a stored record block has no length at character 2");
    }
}
