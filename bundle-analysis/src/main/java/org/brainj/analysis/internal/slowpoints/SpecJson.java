package org.brainj.analysis.internal.slowpoints;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.brainj.api.core.ParameterException;

/**
 * Reads a slow-point spec with Jackson into plain values — {@link Map} (key order kept), {@link List},
 * {@link String}, {@link Double} (every number), {@link Boolean} and null — so that the spec reader checks one
 * number type. Duplicate keys are rejected; syntax errors name the character offset.
 */
final class SpecJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private SpecJson() {
    }

    /**
     * @param text a JSON document
     * @return its value
     * @throws ParameterException naming the offset of a syntax error
     */
    static Object parse(String text) {
        try {
            return plain(MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            long offset = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
            throw new ParameterException("spec", "offset " + offset + ": " + e.getOriginalMessage(),
                    "a JSON document");
        }
    }

    private static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(v -> list.add(plain(v)));
            return list;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }
}
