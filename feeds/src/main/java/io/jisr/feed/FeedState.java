package io.jisr.feed;

/** What a feed is doing now. */
public enum FeedState {
    /** Started; its thread has not begun yet. */
    STARTING,
    /** A TCP client is opening its connection. */
    CONNECTING,
    /** A TCP client is connected and reading. */
    CONNECTED,
    /** A TCP server or UDP feed is bound and waiting for, or receiving, data. */
    LISTENING,
    /** A file replay is reading its file. */
    REPLAYING,
    /**
     * Waiting before the next attempt after a failure: a lost or refused connection, or an address that
     * could not be bound. See {@link FeedStatus#lastError()} and {@link FeedStatus#backOff()}.
     */
    BACKING_OFF,
    /** A file replay reached the end of its file and delivered everything. */
    FINISHED,
    /** Stopped by a problem that retrying will not fix (a missing or unreadable file, a failing sink). */
    FAILED,
    /** Stopped on request. */
    STOPPED;

    /** Returns whether the feed's threads have ended: finished, failed or stopped. */
    public boolean isTerminal() {
        return this == FINISHED || this == FAILED || this == STOPPED;
    }
}
