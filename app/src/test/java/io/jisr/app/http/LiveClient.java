package io.jisr.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A live-view client for tests: the JDK's WebSocket, with each text message put in a queue. */
final class LiveClient implements AutoCloseable {

    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    /** The close code the server sent, once it closed the connection. */
    final java.util.concurrent.CompletableFuture<Integer> closedWith = new java.util.concurrent.CompletableFuture<>();

    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;
    private final boolean reading;

    /**
     * Connects.
     *
     * @param reading false for a client that never reads what the server sends (a stuck browser tab)
     */
    LiveClient(HttpClient client, URI uri, java.util.Map<String, String> headers, boolean reading) {
        this.reading = reading;
        try {
            java.net.http.WebSocket.Builder builder = client.newWebSocketBuilder();
            headers.forEach(builder::header);
            socket = builder.buildAsync(uri, new Listener()).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to " + uri, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot connect to " + uri, e);
        }
    }

    LiveClient(HttpClient client, URI uri, java.util.Map<String, String> headers) {
        this(client, uri, headers, true);
    }

    /** Sends a text message. */
    void send(String text) {
        socket.sendText(text, true).join();
    }

    /** Returns the next message, waiting up to five seconds. */
    String next() {
        try {
            String message = messages.poll(5, TimeUnit.SECONDS);
            if (message == null) {
                throw new AssertionError("no live message within 5 s");
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a live message", e);
        }
    }

    /** Returns the next message parsed. */
    JsonNode nextJson() {
        try {
            return Json.mapper().readTree(next());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the next message if one arrives within {@code wait}, else null. */
    String poll(Duration wait) {
        try {
            return messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a live message", e);
        }
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public void onOpen(WebSocket webSocket) {
            if (reading) {
                webSocket.request(1);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closedWith.complete(statusCode);
            return null;
        }
    }
}
