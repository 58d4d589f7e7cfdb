package jp.policygen.publish;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Debian's chromium, headless, driven over the DevTools protocol with the JDK's WebSocket: one
 * page (a flattened session), its network requests recorded. No browser download, no driver.
 * The browser resolves no host names, so nothing can leave the machine even if a page tried.
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<JsonNode>> eventListeners = new CopyOnWriteArrayList<>();
    private final List<String> stderr = new CopyOnWriteArrayList<>();
    /** Every URL the page asked for, in order. */
    final List<String> requests = new CopyOnWriteArrayList<>();
    private final String session;

    Chromium(Path profile) throws IOException, InterruptedException, ExecutionException, TimeoutException {
        Path tmp = Files.createDirectories(profile.resolveSibling(profile.getFileName() + "-tmp"));
        ProcessBuilder builder = new ProcessBuilder(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
                "--metrics-recording-only", "--host-resolver-rules=MAP * ~NOTFOUND", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("TMPDIR", tmp.toString()); // its sockets and locks stay in the test's folder
        process = builder.start();
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    stderr.add(line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        endpoint.complete(m.group(1));
                    }
                }
                endpoint.completeExceptionally(new IOException("chromium ended: " + String.join("\n", stderr)));
            } catch (IOException e) {
                endpoint.completeExceptionally(e);
            }
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        String url = endpoint.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(URI.create(url), new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
        session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).path("sessionId").asText();
        eventListeners.add(event -> {
            if ("Network.requestWillBeSent".equals(event.path("method").asText())
                    && session.equals(event.path("sessionId").asText())) {
                requests.add(event.path("params").path("request").path("url").asText());
            }
        });
        send("Page.enable", Map.of());
        send("Network.enable", Map.of());
        send("Runtime.enable", Map.of());
    }

    /** A command to the page; returns its result. */
    JsonNode send(String method, Map<String, ?> params) {
        return call(session, method, params);
    }

    private JsonNode call(String sessionId, String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        ObjectNode message = json.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", json.valueToTree(params));
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(message.toString(), true).join();
        try {
            JsonNode r = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (r.has("error")) {
                throw new IllegalStateException(method + ": " + r.get("error"));
            }
            return r.path("result");
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + " got no answer", e);
        }
    }

    /** Loads a URL and waits for its load event. */
    void navigate(String url) {
        CompletableFuture<JsonNode> loaded = nextEvent("Page.loadEventFired");
        JsonNode r = send("Page.navigate", Map.of("url", url));
        if (r.hasNonNull("errorText")) {
            throw new IllegalStateException("cannot load " + url + ": " + r.get("errorText"));
        }
        try {
            loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no load event for " + url, e);
        }
    }

    /** Evaluates an expression in the page; returns its value (JSON). */
    JsonNode evaluate(String expression) {
        JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** The viewport in CSS pixels, and how many device pixels each has (2 = a 200 % zoom). */
    void viewport(int width, int height, double scale) {
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", scale, "mobile", false));
    }

    void pressTab() {
        for (String type : List.of("keyDown", "keyUp")) {
            send("Input.dispatchKeyEvent", Map.of("type", type, "key", "Tab", "code", "Tab",
                    "windowsVirtualKeyCode", 9, "nativeVirtualKeyCode", 9));
        }
    }

    void screenshot(Path file) throws IOException {
        String data = send("Page.captureScreenshot", Map.of("format", "png")).path("data").asText();
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(data));
    }

    /** The accessibility tree's nodes, as a screen reader gets them. */
    JsonNode accessibilityTree() {
        return send("Accessibility.getFullAXTree", Map.of()).path("nodes");
    }

    private CompletableFuture<JsonNode> nextEvent(String method) {
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        java.util.concurrent.atomic.AtomicReference<Consumer<JsonNode>> self = new java.util.concurrent.atomic.AtomicReference<>();
        self.set(event -> {
            if (method.equals(event.path("method").asText()) && session.equals(event.path("sessionId").asText())) {
                f.complete(event);
                eventListeners.remove(self.get());
            }
        });
        eventListeners.add(self.get());
        return f;
    }

    /** Ends the browser and its helper processes (only those this object started). */
    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            // the browser is ended below in any case
        }
        List<ProcessHandle> children = new ArrayList<>(process.descendants().toList());
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : children) {
                child.destroy();
                child.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = json.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(message.get("id").asInt());
                        if (f != null) {
                            f.complete(message);
                        }
                    } else {
                        for (Consumer<JsonNode> l : eventListeners) {
                            l.accept(message);
                        }
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
