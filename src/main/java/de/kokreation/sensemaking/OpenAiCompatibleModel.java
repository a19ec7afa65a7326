package de.kokreation.sensemaking;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chat completions API that OpenAI, and many servers for self-hosted models (vLLM, Ollama,
 * llama.cpp, LocalAI), offer: one request per answer, deterministic (temperature 0), with a
 * time limit; the key, when configured, as a bearer token.
 */
final class OpenAiCompatibleModel implements LanguageModel {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI completions;
    private final String model;
    private final String apiKey;
    private final Duration timeout;
    private final HttpClient http;

    OpenAiCompatibleModel(String endpoint, String model, String apiKey, Duration timeout) {
        this.completions = URI.create(endpoint.replaceAll("/+$", "") + "/chat/completions");
        this.model = model;
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String name() {
        return model;
    }

    @Override
    public String complete(String system, String user) {
        Map<String, Object> body = Map.of(
                "model",
                model,
                "temperature",
                0,
                "messages",
                List.of(Map.of("role", "system", "content", system), Map.of("role", "user", "content", user)));
        HttpRequest.Builder request = HttpRequest.newBuilder(completions)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        if (!apiKey.isBlank()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException unreachable) {
            throw new LanguageModelException("the language model could not be reached", unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new LanguageModelException("interrupted while asking the language model", interrupted);
        }
        if (response.statusCode() / 100 != 2) {
            throw new LanguageModelException("the language model answered HTTP " + response.statusCode());
        }
        try {
            JsonNode content = JSON.readTree(response.body())
                    .path("choices")
                    .path(0)
                    .path("message")
                    .path("content");
            if (!content.isString() || content.asString().isBlank()) {
                throw new LanguageModelException("the language model answered no text");
            }
            return content.asString();
        } catch (JacksonException unreadable) {
            throw new LanguageModelException("the language model's answer is no JSON", unreadable);
        }
    }
}
