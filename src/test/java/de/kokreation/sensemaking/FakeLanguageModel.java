package de.kokreation.sensemaking;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server that speaks the OpenAI chat completions API the way a self-hosted model
 * server does, for tests. It answers with three sentences about the first source it was sent:
 * its title (supported by it), an invented figure, and a source that was never sent; or with
 * HTTP 500 while {@link #failing} is set. It keeps every request (with its Authorization header).
 */
public final class FakeLanguageModel {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    public static volatile boolean failing;
    private static final HttpServer SERVER = start();

    private FakeLanguageModel() {}

    /** The API's base address, for {@code kokreation.summaries.endpoint}. */
    public static String endpoint() {
        return "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/v1";
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/v1/chat/completions", exchange -> {
                String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                REQUESTS.add(exchange.getRequestHeaders().getFirst("Authorization") + "\n" + request);
                if (failing) {
                    exchange.sendResponseHeaders(500, -1);
                    exchange.close();
                    return;
                }
                String user = JSON.readTree(request)
                        .path("messages")
                        .path(1)
                        .path("content")
                        .asString();
                Matcher first = Pattern.compile("(P\\d+): ([^\\n]+)").matcher(user);
                String source = first.find() ? first.group(1) : "P0";
                String title = first.group(2).split(" Alle| Ein| Wer")[0];
                String content = JSON.writeValueAsString(Map.of(
                        "sentences",
                        List.of(
                                Map.of("text", "Die Vorschläge fordern: " + title + ".", "sources", List.of(source)),
                                Map.of(
                                        "text",
                                        "Das kostet jährlich zwei Millionen Euro Steuergeld.",
                                        "sources",
                                        List.of(source)),
                                Map.of("text", title + ".", "sources", List.of("P999999")))));
                byte[] answer = JSON.writeValueAsBytes(
                        Map.of("choices", List.of(Map.of("message", Map.of("role", "assistant", "content", content)))));
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(answer);
                }
            });
            server.setExecutor(null);
            server.start();
            return server;
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
