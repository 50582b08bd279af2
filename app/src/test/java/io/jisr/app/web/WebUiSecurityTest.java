package io.jisr.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The UI is served with a Content-Security-Policy that allows no inline script or style, and its
 * files are written so that the policy costs nothing: no inline code, no style attributes, and no
 * innerHTML anywhere (data reaches the DOM as text only).
 */
class WebUiSecurityTest {

    static Javalin server;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = Javalin.create(WebUi::configure).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void page_servedWithStrictPolicyAndSecurityHeaders() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script type=\"module\" src=\"/js/main.js\"></script>");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy)
                .isEqualTo("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:;"
                        + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
                        + " form-action 'self'; frame-ancestors 'none'")
                .doesNotContain("unsafe");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
    }

    @Test
    void leaflet_servedFromItsWebJar() throws Exception {
        HttpResponse<String> leaflet = get("/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js");

        assertThat(leaflet.statusCode()).isEqualTo(200);
        assertThat(leaflet.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        assertThat(leaflet.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void sources_haveNoInlineCodeStyleAttributesOrInnerHtml() throws IOException {
        Path publicDir = Path.of("src/main/resources/public");
        String html = Files.readString(publicDir.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(html)
                .doesNotContain("<style")
                .doesNotContainPattern("\\sstyle=")
                .doesNotContainPattern("\\son[a-z]+=");
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(publicDir.resolve("js"))) {
            scripts = files.filter(f -> f.toString().endsWith(".js")).toList();
        }
        assertThat(scripts).hasSizeGreaterThan(10);
        for (Path script : scripts) {
            String code = Files.readString(script, StandardCharsets.UTF_8);
            assertThat(code)
                    .as(script.toString())
                    .doesNotContain("innerHTML")
                    .doesNotContain("outerHTML")
                    .doesNotContain("insertAdjacentHTML")
                    .doesNotContain("document.write")
                    .doesNotContainPattern("\\beval\\(")
                    .doesNotContain("new Function");
        }
    }
}
