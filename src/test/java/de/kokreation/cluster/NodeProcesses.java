package de.kokreation.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Kokreation nodes as operators run them: application processes of their own (the classes and
 * libraries of this build, not the tests'), on a PostgreSQL database of the test server, with the
 * packaged defaults and the settings given; and nginx in front of two of them, configured by the
 * sample in {@code docs/deploy}.
 */
public final class NodeProcesses {

    /** A started node: its process, its application port and its management port. */
    public record Node(String name, Process process, int port, int managementPort) {}

    private static final Path TEMPLATE = Path.of("docs", "deploy", "nginx-kokreation.conf.template");
    private static final String NGINX = System.getProperty("kokreation.nginx", "/usr/sbin/nginx");

    private NodeProcesses() {}

    /** Whether nginx is there to run (Debian's package). */
    public static boolean nginxInstalled() {
        return Files.isExecutable(Path.of(NGINX));
    }

    /** Makes {@code database} empty on the test server. */
    public static void freshDatabase(String database) throws Exception {
        ExtraDatabases.fresh(database);
    }

    /** The JDBC address of {@code database} on the test server. */
    public static String databaseUrl(String database) {
        return ExtraDatabases.url(database);
    }

    /**
     * Starts a node named {@code name} (its route for sticky sessions too) on {@code database};
     * its output goes to {@code logs/name.log}. {@code settings} are further "--name=value"s.
     */
    public static Node start(String name, String database, int port, Path logs, String... settings) throws IOException {
        Files.createDirectories(logs);
        String classpath = Arrays.stream(
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                                .split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .reduce((one, other) -> one + File.pathSeparator + other)
                .orElseThrow();
        int managementPort = freePort();
        // The production jar where one is given (-Dkokreation.node.jar=target/kokreation-….jar: Vaadin's
        // production mode, as operators run it); otherwise this build's classes in development mode.
        String jar = System.getProperty("kokreation.node.jar", "");
        List<String> launch = jar.isBlank()
                ? List.of("-cp", classpath, "de.kokreation.KokreationApplication")
                : List.of("-jar", Path.of(jar).toAbsolutePath().toString(), "--vaadin.productionMode=true");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                System.getProperty("kokreation.node.heap", "-Xmx768m")));
        // further JVM options for a measurement, e.g. a flight recording
        String jvmOptions =
                System.getProperty("kokreation.node.jvm-options", "").strip();
        if (!jvmOptions.isEmpty()) {
            command.addAll(List.of(jvmOptions.split("\\s+")));
        }
        command.addAll(launch);
        command.addAll(List.of(
                // the packaged defaults and these settings, not the developer's ./application.properties
                "--spring.config.location=classpath:/",
                "--spring.datasource.url=" + ExtraDatabases.url(database),
                "--spring.datasource.username=" + ExtraDatabases.user(),
                "--server.port=" + port,
                "--management.server.port=" + managementPort,
                "--server.forward-headers-strategy=native",
                "--kokreation.node-name=" + name,
                "--kokreation.cluster.route=" + name,
                "--vaadin.launch-browser=false",
                "--vaadin.devmode.devTools.enabled=false"));
        command.addAll(List.of(settings));
        ProcessBuilder builder = new ProcessBuilder(command);
        // the password from the environment, as docs/operations.md asks, never on the command line
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", ExtraDatabases.password());
        Process process = builder.redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile())
                .start();
        return new Node(name, process, port, managementPort);
    }

    /** Waits until the node's port serves the login page, or fails with the end of its log. */
    public static void awaitReady(Process node, int port, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline) && node.isAlive()) {
            try {
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/anmelden"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1_000);
        }
        List<String> lines = Files.readAllLines(log);
        throw new IllegalStateException("the node did not start:\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
    }

    /**
     * Waits for a node started with {@link #start} until it serves pages and its readiness (what a
     * load balancer asks) is up: after the start's own work, such as the demo data.
     */
    public static void awaitReady(Node node, Path logs) throws Exception {
        awaitReady(node.process(), node.port(), logs.resolve(node.name() + ".log"));
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline) && node.process().isAlive()) {
            try {
                HttpResponse<String> readiness = http.send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + node.managementPort() + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (readiness.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the management port opens a moment later
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException(node.name() + " never became ready");
    }

    /**
     * nginx with the sample configuration in front of two nodes, TLS on {@code httpsPort} with a
     * certificate made here for localhost, the redirect on {@code httpPort}.
     */
    public static Process nginx(Path directory, int httpsPort, int httpPort, int portA, int portB) throws Exception {
        directory = directory.toAbsolutePath();
        Files.createDirectories(directory.resolve("logs"));
        Path certificate = directory.resolve("cert.pem");
        Path key = directory.resolve("key.pem");
        Process openssl = new ProcessBuilder(
                        "openssl",
                        "req",
                        "-x509",
                        "-newkey",
                        "rsa:2048",
                        "-nodes",
                        "-days",
                        "1",
                        "-subj",
                        "/CN=localhost",
                        "-addext",
                        "subjectAltName=DNS:localhost",
                        "-keyout",
                        key.toString(),
                        "-out",
                        certificate.toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("openssl.log").toFile())
                .start();
        assertThat(openssl.waitFor()).as("openssl made the test certificate").isZero();
        String site = Files.readString(TEMPLATE, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> value : Map.of(
                        "SERVER_NAME", "localhost",
                        "HTTPS_PORT", String.valueOf(httpsPort),
                        "HTTP_PORT", String.valueOf(httpPort),
                        "TLS_CERTIFICATE", certificate.toString(),
                        "TLS_CERTIFICATE_KEY", key.toString(),
                        "NODE_A", "127.0.0.1:" + portA,
                        "NODE_B", "127.0.0.1:" + portB)
                .entrySet()) {
            site = site.replace("${" + value.getKey() + "}", value.getValue());
        }
        Files.writeString(directory.resolve("kokreation.conf"), site);
        Files.writeString(directory.resolve("nginx.conf"), """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 4096; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/kokreation.conf;
                }
                """.formatted(directory));
        Process process = new ProcessBuilder(
                        NGINX,
                        "-p",
                        directory.toString(),
                        "-c",
                        directory.resolve("nginx.conf").toString(),
                        "-g",
                        "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("logs").resolve("nginx.out").toFile())
                .start();
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                return process;
            } catch (IOException notYet) {
                Thread.sleep(300);
            }
        }
        throw new IllegalStateException("nginx did not start: "
                + Files.readString(directory.resolve("logs").resolve("nginx.out")));
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops a process: politely, then for good. */
    public static void stop(Process process) {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
