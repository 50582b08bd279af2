package io.jisr.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a JSON object request body and checks its fields, collecting every problem so that one 400
 * answer names all of them, like {@link QueryParameters} for query strings. Fields the endpoint does
 * not know are refused, so a misspelt {@code "dispalyName"} is not silently ignored.
 */
final class JsonBody {
    private final JsonNode body;
    private final Map<String, List<ErrorJson.FieldError>> errors = new LinkedHashMap<>();

    private JsonBody(JsonNode body) {
        this.body = body;
    }

    /**
     * Parses the body of {@code ctx}, which must be one JSON object with no other fields than {@code known}.
     *
     * @throws ApiException 400 when it is not
     */
    static JsonBody of(Context ctx, Set<String> known) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw new ApiException(
                    400,
                    ErrorJson.of(
                            ErrorJson.BAD_REQUEST,
                            "the body must be a JSON object; it is not valid JSON at line "
                                    + e.getLocation().getLineNr() + ", column "
                                    + e.getLocation().getColumnNr()));
        }
        if (node == null || !node.isObject()) {
            throw new ApiException(400, ErrorJson.of(ErrorJson.BAD_REQUEST, "the body must be a JSON object"));
        }
        JsonBody body = new JsonBody(node);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                body.reject(
                        name,
                        "is not a field of this request; known are "
                                + String.join(", ", known.stream().sorted().toList()),
                        null);
            }
        }
        return body;
    }

    /** Records a problem with {@code field}. */
    void reject(String field, String message, String value) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(new ErrorJson.FieldError(message, value));
    }

    /** Returns whether {@code field} has a problem already. */
    boolean isRejected(String field) {
        return errors.containsKey(field);
    }

    /** Returns how many problems are recorded for {@code prefix} and the members under it ({@code prefix.x}). */
    int rejectedUnder(String prefix) {
        int n = 0;
        for (Map.Entry<String, List<ErrorJson.FieldError>> e : errors.entrySet()) {
            String k = e.getKey();
            if (k.equals(prefix) || k.startsWith(prefix + ".") || k.startsWith(prefix + "[")) {
                n += e.getValue().size();
            }
        }
        return n;
    }

    /** Returns whether the body has a non-null field {@code name}. */
    boolean has(String name) {
        JsonNode value = body.get(name);
        return value != null && !value.isNull();
    }

    /** Returns the text field {@code name}, empty when absent or null; refuses other types. */
    Optional<String> text(String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            reject(name, "must be text", value.toString());
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    /** Returns the text field {@code name}, which must be given; empty (and rejected) when it is not. */
    Optional<String> requiredText(String name) {
        Optional<String> value = text(name);
        if (value.isEmpty() && !errors.containsKey(name)) {
            reject(name, "is required", null);
        }
        return value;
    }

    /** Returns the true/false field {@code name}, empty when absent. */
    Optional<Boolean> bool(String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            reject(name, "must be true or false", value.toString());
            return Optional.empty();
        }
        return Optional.of(value.asBoolean());
    }

    /** Returns the whole-number field {@code name}, empty when absent. */
    Optional<Integer> integer(String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            reject(name, "must be a whole number", value.toString());
            return Optional.empty();
        }
        return Optional.of(value.asInt());
    }

    /** Returns the number field {@code name} within {@code min..max}, empty (and rejected when bad) otherwise. */
    Optional<Double> number(String name, double min, double max) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            reject(name, "must be a number", value.toString());
            return Optional.empty();
        }
        double v = value.asDouble();
        if (v < min || v > max) {
            reject(
                    name,
                    "must be within " + QueryParameters.format(min) + ".." + QueryParameters.format(max),
                    value.toString());
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /** Returns the number field {@code name}, which must be given; NaN (and rejected) when missing or bad. */
    double requiredNumber(String name, double min, double max) {
        Optional<Double> value = number(name, min, max);
        if (value.isEmpty() && !errors.containsKey(name)) {
            reject(name, "is required", null);
        }
        return value.orElse(Double.NaN);
    }

    /** Returns the list of texts {@code name}, empty when absent. */
    Optional<List<String>> texts(String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    reject(name, "must be a list of texts", value.toString());
                    return Optional.empty();
                }
                items.add(item.asText());
            }
            return Optional.of(items);
        }
        reject(name, "must be a list of texts", value.toString());
        return Optional.empty();
    }

    /** Returns the JSON object {@code name}, empty when absent; refuses anything else. */
    Optional<JsonNode> object(String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            reject(name, "must be an object", value.toString());
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Returns the list of JSON objects {@code name}, empty when absent; refuses anything else. */
    Optional<List<JsonNode>> objects(String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        List<JsonNode> items = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isObject()) {
                    reject(name, "must be a list of objects", value.toString());
                    return Optional.empty();
                }
                items.add(item);
            }
            return Optional.of(items);
        }
        reject(name, "must be a list of objects", value.toString());
        return Optional.empty();
    }

    /** Throws the 400 answer when any field was rejected. */
    void check() {
        if (errors.isEmpty()) {
            return;
        }
        String message;
        if (errors.size() == 1 && errors.values().iterator().next().size() == 1) {
            Map.Entry<String, List<ErrorJson.FieldError>> only =
                    errors.entrySet().iterator().next();
            message = "bad parameter " + only.getKey() + ": "
                    + only.getValue().get(0).message();
        } else {
            message = "bad parameters " + String.join(", ", errors.keySet()) + ": see errors";
        }
        throw new ApiException(400, new ErrorJson(ErrorJson.BAD_PARAMETER, message, errors));
    }
}
