package de.kokreation.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One person's browser speaking Vaadin's client protocol over HTTP, as Vaadin 25's client does
 * (recorded from Chromium): a page is loaded as its HTML, the {@code v-r=init} request (the
 * UI's id, its security key, the first changes) and the {@code ui-navigate} event; every action is
 * a UIDL request with the security key and the sync and client ids the server expects; leaving a
 * page sends the {@code UNLOAD} beacon. Nothing is switched off in the application: the CSRF token
 * of the login form, the security key of each UI and the session cookie are used as a browser uses
 * them. Element ids are learned from the changes the server sends.
 */
final class VaadinBrowser {

    /** A request that did not answer as a browser expects. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String CLIENT_DETAILS = "&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280"
            + "&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FBerlin&v-td=false&v-pr=1"
            + "&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
            + "&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private final String clientAddress;

    /**
     * A browser at {@code clientAddress}, sent as {@code X-Forwarded-For} as a reverse proxy does
     * (the nodes trust it from the local proxy only): a thousand people are not one address.
     */
    VaadinBrowser(HttpClient http, String base, String clientAddress) {
        this.http = http;
        this.base = base;
        this.clientAddress = clientAddress;
    }

    /** A client for many browsers; accepts the self-signed certificate of a test's proxy. */
    static HttpClient sharedClient() {
        try {
            SSLContext trustingAll = SSLContext.getInstance("TLS");
            trustingAll.init(
                    null,
                    new TrustManager[] {
                        new X509TrustManager() {
                            @Override
                            public void checkClientTrusted(X509Certificate[] chain, String type) {}

                            @Override
                            public void checkServerTrusted(X509Certificate[] chain, String type) {}

                            @Override
                            public X509Certificate[] getAcceptedIssuers() {
                                return new X509Certificate[0];
                            }
                        }
                    },
                    new SecureRandom());
            return HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .sslContext(trustingAll)
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
        } catch (java.security.GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Logs in through the login page's form, with its CSRF token; fails when refused. */
    void logIn(String email, String password) throws IOException, InterruptedException {
        Tab login = open("/anmelden");
        String form = "_csrf=" + encode(login.csrf) + "&username=" + encode(email) + "&password=" + encode(password);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/anmelden"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new Failure("login refused: " + answer.statusCode() + " " + location);
        }
        login.leave();
    }

    /** Loads a page as the browser does; answers its tab. */
    Tab open(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> page = get(pathAndQuery);
        if (page.statusCode() != 200) {
            throw new Failure("GET " + pathAndQuery + ": " + page.statusCode());
        }
        Matcher csrf = CSRF_META.matcher(page.body());
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String query = pathAndQuery.contains("?") ? pathAndQuery.substring(pathAndQuery.indexOf('?') + 1) : "";
        HttpResponse<String> init = get("/?v-r=init&location=" + encode(path.substring(1)) + "&query=" + encode(query)
                + "&v-curdate=" + System.currentTimeMillis() + "&v-wn=v-" + Math.random() + CLIENT_DETAILS);
        if (init.statusCode() != 200) {
            throw new Failure("init " + pathAndQuery + ": " + init.statusCode());
        }
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        Tab tab = new Tab(
                config.path("v-uiId").asInt(),
                uidl.path("Vaadin-Security-Key").asString(),
                csrf.find() ? csrf.group(1) : "");
        tab.pushId = uidl.path("Vaadin-Push-ID").asString("");
        tab.learn(uidl);
        ObjectNode data = JSON.createObjectNode();
        data.put("route", path);
        data.put("query", query);
        data.put("appShellTitle", "Kokreation");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        tab.send(List.of(event(1, "ui-navigate", data)));
        return tab;
    }

    /** One browser tab: a Vaadin UI of this browser's session. */
    final class Tab {
        private final int uiId;
        private final String securityKey;
        private final String csrf;
        private final Map<String, Integer> nodes = new HashMap<>();
        private long syncId;
        private long clientId;
        private int historyIndex;
        private String pushId = "";
        private java.net.http.@org.jspecify.annotations.Nullable WebSocket push;

        private Tab(int uiId, String securityKey, String csrf) {
            this.uiId = uiId;
            this.securityKey = securityKey;
            this.csrf = csrf;
        }

        boolean has(String elementId) {
            return nodes.containsKey(elementId);
        }

        /**
         * Follows a link inside the application, as Vaadin's client router does for a click on an
         * anchor: no new page, the same UI; first the leave event (the server may keep the person
         * on the page), then the navigation, each a round trip.
         */
        void navigate(String pathAndQuery) throws IOException, InterruptedException {
            String path =
                    pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
            String query = pathAndQuery.contains("?") ? pathAndQuery.substring(pathAndQuery.indexOf('?') + 1) : "";
            ObjectNode leave = JSON.createObjectNode();
            leave.put("route", path);
            leave.put("query", query);
            send(List.of(event(1, "ui-leave-navigation", leave)));
            ObjectNode navigate = JSON.createObjectNode();
            navigate.put("route", path);
            navigate.put("query", query);
            navigate.put("appShellTitle", "Kokreation");
            navigate.putObject("historyState").put("idx", ++historyIndex);
            navigate.put("trigger", "link");
            // The page's elements are replaced; their ids are learnt again from the answer.
            nodes.clear();
            send(List.of(event(1, "ui-navigate", navigate)));
        }

        /** Clicks the element with this id. */
        void click(String elementId) throws IOException, InterruptedException {
            send(List.of(clickOn(node(elementId))));
        }

        /** Types into a text area and clicks the button, as a person writing a comment does. */
        void write(String fieldId, String text, String buttonId) throws IOException, InterruptedException {
            int field = node(fieldId);
            ObjectNode sync = JSON.createObjectNode();
            sync.put("type", "mSync");
            sync.put("node", field);
            sync.put("feature", 1);
            sync.put("property", "value");
            sync.put("value", text);
            ObjectNode input = JSON.createObjectNode();
            input.put("1", 1);
            input.put("for", "trailing");
            send(List.of(sync, event(field, "input", input)));
            ObjectNode change = JSON.createObjectNode();
            change.put("element.value", text);
            send(List.of(event(field, "change", change), clickOn(node(buttonId))));
        }

        /**
         * Opens the server push connection as Vaadin's client does (Atmosphere over WebSocket, with
         * the UI's id and push id and the session cookie): every message the server pushes goes
         * through the tab (its sync id, its elements) and then to {@code onMessage}, with the time
         * it arrived.
         */
        void connectPush(java.util.function.BiConsumer<String, Long> onMessage) {
            if (pushId.isEmpty()) {
                throw new Failure("the page has no push id: is server push on?");
            }
            String address = base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId="
                    + encode(pushId) + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                    + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                    + "&Content-Type=" + encode("application/json; charset=UTF-8") + "&X-atmo-protocol=true";
            java.net.http.WebSocket.Builder builder = http.newWebSocketBuilder()
                    .header("Cookie", cookieHeader())
                    .header("X-Forwarded-For", clientAddress)
                    .connectTimeout(Duration.ofSeconds(10));
            push = builder.buildAsync(URI.create(address), new java.net.http.WebSocket.Listener() {
                        private final StringBuilder frame = new StringBuilder();

                        @Override
                        public java.util.concurrent.CompletionStage<?> onText(
                                java.net.http.WebSocket socket, CharSequence data, boolean last) {
                            frame.append(data);
                            if (last) {
                                long arrived = System.nanoTime();
                                String text = frame.toString();
                                frame.setLength(0);
                                try {
                                    for (String message : pushedMessages(text)) {
                                        onMessage.accept(message, arrived);
                                        synchronized (Tab.this) {
                                            if (message.contains("\"syncId\"")) {
                                                read(message);
                                            }
                                        }
                                    }
                                } catch (RuntimeException unreadable) {
                                    // A message the driver cannot read must not stop the connection.
                                    System.err.println("push message not read: " + unreadable);
                                }
                            }
                            socket.request(1);
                            return null;
                        }
                    })
                    .join();
        }

        void disconnectPush() {
            if (push != null) {
                push.abort();
            }
        }

        /** Leaves the page: the browser's beacon, which ends the UI at once. */
        void leave() throws IOException, InterruptedException {
            ObjectNode message = message(JSON.createArrayNode());
            message.put("UNLOAD", true);
            post(message);
        }

        private int node(String elementId) {
            Integer node = nodes.get(elementId);
            if (node == null) {
                throw new Failure("no element #" + elementId + " on the page");
            }
            return node;
        }

        private synchronized void send(List<ObjectNode> rpcs) throws IOException, InterruptedException {
            ArrayNode rpc = JSON.createArrayNode();
            rpcs.forEach(rpc::add);
            read(post(message(rpc)));
        }

        /**
         * Takes from a UIDL answer what the driver needs, streaming over it: the sync and client
         * ids, whether the session ended or the UI failed, and which node carries which element
         * id. A tree of every answer (a page's answer is tens of kilobytes) cost the driver, which
         * shares the cores with the node it measures, more CPU than the rest of its work.
         */
        private void read(String answer) {
            String body = answer.startsWith("for(;;);") ? answer.substring("for(;;);".length()) : answer;
            if (body.isBlank()) {
                return;
            }
            try (JsonParser parser = JSON.createParser(body)) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.START_ARRAY) {
                    parser.nextToken();
                }
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    switch (name) {
                        case "syncId" -> syncId = parser.getLongValue();
                        case "clientId" -> clientId = parser.getLongValue();
                        case "meta" -> {
                            // The subtree only: a pushed message goes on after its meta.
                            String meta = parser.readValueAsTree().toString();
                            if (meta.contains("\"sessionExpired\":true") || meta.contains("\"appError\"")) {
                                throw new Failure("the UI answered " + meta);
                            }
                        }
                        case "changes" -> readChanges(parser);
                        default -> parser.skipChildren();
                    }
                }
            }
        }

        private void readChanges(JsonParser parser) {
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int node = -1;
                int feature = -1;
                String key = null;
                String value = null;
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    JsonToken token = parser.nextToken();
                    switch (name) {
                        case "node" -> node = parser.getIntValue();
                        case "feat" -> feature = parser.getIntValue();
                        case "key" -> key = token == JsonToken.VALUE_STRING ? parser.getString() : null;
                        case "value" -> {
                            if (token == JsonToken.VALUE_STRING) {
                                value = parser.getString();
                            } else {
                                parser.skipChildren();
                            }
                        }
                        default -> parser.skipChildren();
                    }
                }
                if ("id".equals(key) && feature == 3 && value != null) {
                    nodes.put(value, node);
                }
            }
        }

        private ObjectNode message(ArrayNode rpc) {
            ObjectNode message = JSON.createObjectNode();
            message.put("csrfToken", securityKey);
            message.set("rpc", rpc);
            message.put("syncId", syncId);
            message.put("clientId", clientId);
            return message;
        }

        private String post(ObjectNode message) throws IOException, InterruptedException {
            HttpResponse<String> answer =
                    VaadinBrowser.this.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
            if (answer.statusCode() != 200) {
                throw new Failure("UIDL: " + answer.statusCode());
            }
            return answer.body();
        }

        /** Remembers which node carries which element id, from the changes of an answer. */
        private void learn(JsonNode uidl) {
            for (JsonNode change : uidl.path("changes")) {
                if ("id".equals(change.path("key").asString(""))
                        && change.path("feat").asInt() == 3) {
                    nodes.put(
                            change.path("value").asString(), change.path("node").asInt());
                }
            }
        }
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return event;
    }

    private static ObjectNode clickOn(int node) {
        ObjectNode data = JSON.createObjectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 240);
        data.put("event.clientY", 480);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 560);
        data.put("event.screenX", 250);
        return event(node, "click", data);
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
                .GET());
    }

    private synchronized HttpResponse<String> send(HttpRequest.Builder request)
            throws IOException, InterruptedException {
        request.timeout(Duration.ofSeconds(30))
                .header("User-Agent", "Kokreation capacity driver (Vaadin protocol)")
                .header("X-Forwarded-For", clientAddress);
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    String.join(
                            "; ",
                            cookies.entrySet().stream()
                                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                                    .toList()));
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : answer.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(
                        pair.substring(0, equals).strip(),
                        pair.substring(equals + 1).strip());
            }
        }
        return answer;
    }

    /**
     * The messages of one pushed frame: Atmosphere's protocol puts each message's length and a
     * {@code |} before it (with message size tracking on), and the first frame is its handshake.
     */
    static List<String> pushedMessages(String frame) {
        List<String> messages = new java.util.ArrayList<>();
        int at = 0;
        while (at < frame.length()) {
            int bar = frame.indexOf('|', at);
            if (bar < 0) {
                messages.add(frame.substring(at));
                break;
            }
            String length = frame.substring(at, bar);
            if (!length.chars().allMatch(Character::isDigit) || length.isEmpty()) {
                messages.add(frame.substring(at));
                break;
            }
            int end = Math.min(frame.length(), bar + 1 + Integer.parseInt(length));
            messages.add(frame.substring(bar + 1, end));
            at = end;
        }
        return messages;
    }

    private synchronized String cookieHeader() {
        return String.join(
                "; ",
                cookies.entrySet().stream()
                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                        .toList());
    }

    /** The session id this browser holds (with the node's route, where nodes have one). */
    String sessionId() {
        return cookies.getOrDefault("JSESSIONID", "");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
