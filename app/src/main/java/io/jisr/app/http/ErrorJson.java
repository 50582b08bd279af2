package io.jisr.app.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one body of every error answer, over HTTP and over the live WebSocket: a stable code, a message
 * for people, and for bad parameters, each parameter with what was wrong with it.
 *
 * @param code {@code BAD_PARAMETER}, {@code BAD_MESSAGE}, {@code BAD_REQUEST}, {@code UNAUTHENTICATED},
 *     {@code FORBIDDEN}, {@code CSRF}, {@code PASSWORD_CHANGE_REQUIRED}, {@code NOT_FOUND}, {@code CONFLICT},
 *     {@code RATE_LIMITED} or {@code INTERNAL_ERROR}
 * @param message what was wrong, in one sentence
 * @param errors parameter name to its problems, in the order found; empty when no parameter is to blame
 */
record ErrorJson(String code, String message, Map<String, List<FieldError>> errors) {

    /** A parameter's value was not acceptable. */
    static final String BAD_PARAMETER = "BAD_PARAMETER";

    /** A WebSocket message could not be understood. */
    static final String BAD_MESSAGE = "BAD_MESSAGE";

    /** The request was refused for another reason than a parameter (too large, wrong method). */
    static final String BAD_REQUEST = "BAD_REQUEST";

    /** No valid session or token came with the request (401). */
    static final String UNAUTHENTICATED = "UNAUTHENTICATED";

    /** The account lacks the role the request needs, or the request came from another origin (403). */
    static final String FORBIDDEN = "FORBIDDEN";

    /** A change made with a session cookie lacked the session's {@code X-CSRF-Token} (403). */
    static final String CSRF = "CSRF";

    /** The account must choose a new password before doing anything else (403). */
    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    /** It exists already (409). */
    static final String CONFLICT = "CONFLICT";

    /** Too many failed logins; the {@code Retry-After} header says how many seconds to wait (429). */
    static final String RATE_LIMITED = "RATE_LIMITED";

    /** Nothing exists at that address. */
    static final String NOT_FOUND = "NOT_FOUND";

    /** The server failed; the details are in its log, never in the answer. */
    static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    /**
     * One problem with one parameter.
     *
     * @param message the rule the value broke
     * @param value the value as sent; absent when the parameter was missing
     */
    record FieldError(String message, String value) {}

    /** Copies the map, keeping its order. */
    ErrorJson {
        errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** Returns an error that no parameter is to blame for. */
    static ErrorJson of(String code, String message) {
        return new ErrorJson(code, message, Map.of());
    }
}
