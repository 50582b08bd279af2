package io.jisr.app.http;

import java.security.KeyStore;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The HTTPS connector the API listens on when a keystore is configured. Javalin adds its plain HTTP
 * connector only when no other was added, so with this one the node serves HTTPS only.
 */
final class HttpsConnector {
    private HttpsConnector() {}

    /** Returns a TLS connector on {@code host:port} with the certificate and key in {@code keyStore}. */
    static ServerConnector create(
            Server server, HttpConfiguration http, KeyStore keyStore, HttpsKeystore keystore, String host, int port) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(keyStore);
        tls.setKeyStorePassword(keystore.password());
        // Jetty's defaults already exclude SSLv3, TLS 1.0/1.1 and weak cipher suites.
        HttpConfiguration https = new HttpConfiguration(http);
        https.addCustomizer(new SecureRequestCustomizer());
        ServerConnector connector = new ServerConnector(
                server,
                new SslConnectionFactory(tls, HttpVersion.HTTP_1_1.asString()),
                new HttpConnectionFactory(https));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }
}
