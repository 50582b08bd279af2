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

    int status() {
        return status;
    }

    ErrorJson body() {
        return body;
    }
}
