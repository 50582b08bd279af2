package io.jisr.app.http;

/**
 * Ends a request with a 4xx answer: thrown by a handler, turned into the {@link ErrorJson} body at the
 * boundary in {@link HttpApi}. Carries no stack trace: it is a refusal, not a failure.
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient ErrorJson body;

    ApiException(int status, ErrorJson body) {
        super(body.message(), null, false, false);
        this.status = status;
        this.body = body;
    }

    /** Returns a 404 with {@code message}. */
    static ApiException notFound(String message) {
        return new ApiException(404, ErrorJson.of(ErrorJson.NOT_FOUND, message));
    }

    /** Returns a 401: no valid session or token. */
    static ApiException unauthenticated(String message) {
        return new ApiException(401, ErrorJson.of(ErrorJson.UNAUTHENTICATED, message));
    }

    /** Returns a 403 with {@code code}. */
    static ApiException forbidden(String code, String message) {
        return new ApiException(403, ErrorJson.of(code, message));
    }

    /** Returns a 400 that blames the one field {@code field}. */
    static ApiException badField(String field, String message, String value) {
        return new ApiException(
                400,
                new ErrorJson(
                        ErrorJson.BAD_PARAMETER,
                        "bad parameter " + field + ": " + message,
                        java.util.Map.of(field, java.util.List.of(new ErrorJson.FieldError(message, value)))));
    }

    int status() {
        return status;
    }

    ErrorJson body() {
        return body;
    }
}
