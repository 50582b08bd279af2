package io.jisr.sim;

/** Where the simulation writes what the receivers heard: one NMEA line at a time, in time order. */
@FunctionalInterface
public interface SentenceSink {
    /** A sink that wants no lines: the model runs without encoding anything. */
    SentenceSink NONE = new SentenceSink() {
        @Override
        public void accept(long millis, CharSequence line) {}

        @Override
        public boolean wantsLines() {
            return false;
        }
    };

    /**
     * Takes one line: a tag block with the receiver ({@code s:}) and the time ({@code c:}, epoch
     * milliseconds) followed by the sentence, without a line terminator. The text is only valid
     * during the call.
     *
     * @param millis the simulated time of the transmission
     */
    void accept(long millis, CharSequence line);

    /** Returns whether lines should be encoded at all. */
    default boolean wantsLines() {
        return true;
    }
}
