package de.kokreation.browser;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the entry of csp-functions.js for a function Vaadin builds from strings: the arguments of
 * {@code new Function(...)} as the browser noted them (a JSON array: parameter names, then the
 * body), and the same function written out, so that the browser needs no {@code 'unsafe-eval'}.
 */
final class PredefinedFunctions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PredefinedFunctions() {}

    static String entry(String argumentsAsJson) {
        List<String> arguments = JSON.readValue(argumentsAsJson, new TypeReference<List<String>>() {});
        List<String> parameters = arguments.subList(0, arguments.size() - 1);
        String body = arguments.getLast();
        return "  predefine(" + argumentsAsJson + ", function (" + String.join(", ", parameters) + ") {" + body
                + "\n});";
    }
}
