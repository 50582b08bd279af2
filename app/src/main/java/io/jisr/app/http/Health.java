package io.jisr.app.http;

import java.util.Objects;

/**
 * The node's health as {@code /health} reports it: one state per component. The node is ready (HTTP
 * 200) while no component is {@link State#DOWN}; otherwise {@code /health} answers 503.
 *
 * @param database whether the store accepts commits
 * @param feeds whether the feeds deliver data
 * @param ingest whether decoded messages reach the picture and the store keeps up
 */
public record Health(Component database, Component feeds, Component ingest) {

    /** How well a component works. */
    public enum State {
        /** Works. */
        UP,
        /** Works in part: for example one feed of several is reconnecting. Still ready. */
        DEGRADED,
        /** Does not work: the node is not ready. */
        DOWN
    }

    /**
     * The state of one component with a short explanation for operators.
     *
     * @param state the state
     * @param detail what the state rests on, such as {@code "2 of 3 feeds connected"}
     */
    public record Component(State state, String detail) {

        /** Checks that both parts are given. */
        public Component {
            Objects.requireNonNull(state, "state must not be null");
            Objects.requireNonNull(detail, "detail must not be null; use \"\"");
        }

        /** Returns an {@link State#UP} component. */
        public static Component up(String detail) {
            return new Component(State.UP, detail);
        }

        /** Returns a {@link State#DEGRADED} component. */
        public static Component degraded(String detail) {
            return new Component(State.DEGRADED, detail);
        }

        /** Returns a {@link State#DOWN} component. */
        public static Component down(String detail) {
            return new Component(State.DOWN, detail);
        }
    }

    /** Checks that every component is given. */
    public Health {
        Objects.requireNonNull(database, "database must not be null");
        Objects.requireNonNull(feeds, "feeds must not be null");
        Objects.requireNonNull(ingest, "ingest must not be null");
    }

    /** Returns the worst state of the three components. */
    public State overall() {
        State worst = database.state();
        for (Component c : new Component[] {feeds, ingest}) {
            if (c.state().compareTo(worst) > 0) {
                worst = c.state();
            }
        }
        return worst;
    }

    /** Returns whether the node can serve: no component is down. */
    public boolean isReady() {
        return overall() != State.DOWN;
    }
}
