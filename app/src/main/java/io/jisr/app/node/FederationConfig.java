package io.jisr.app.node;

import com.fasterxml.jackson.databind.JsonNode;
import io.jisr.app.federation.AgreementFile;
import io.jisr.app.federation.PartnerLink;
import io.jisr.app.http.HttpsKeystore;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import io.jisr.exchange.agreement.Agreement;
import io.jisr.exchange.agreement.AgreementValidator;
import io.jisr.exchange.agreement.CertificateFingerprint;
import io.jisr.exchange.agreement.Party;
import io.jisr.exchange.agreement.PartyNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the {@code federation} section of {@code jisr.yaml}: this node's nation and node id, its
 * keystore, the mutual-TLS port, the partners and the agreement files (paths relative to the
 * configuration file). Every mistake stops the start naming the key, or the file and key of an
 * agreement. The format is in {@code docs/configuration.md} and {@code docs/federation.md}.
 */
final class FederationConfig {
    private FederationConfig() {}

    static Optional<NodeConfig.Federation> read(
            String source, Optional<Path> baseDirectory, Map<String, String> environment, JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (node.path("enabled").isBoolean() && !node.path("enabled").asBoolean()) {
            return Optional.empty();
        }
        Partner self = new Partner(
                value(source, "federation.nation", () -> Nation.of(required(source, node, "federation.nation"))),
                value(source, "federation.nodeId", () -> NodeId.of(required(source, node, "federation.nodeId"))));
        Path keystore = resolve(baseDirectory, required(source, node, "federation.keystore"));
        if (!Files.isRegularFile(keystore)) {
            throw new ConfigException(source + ": federation.keystore " + keystore
                    + " is not a readable file; make one with `jisr keys generate`");
        }
        String passwordEnv = node.path("keystorePasswordEnv").asText("JISR_FEDERATION_PASSWORD");
        String password = Optional.ofNullable(environment.get(passwordEnv))
                .or(() -> node.hasNonNull("keystorePassword")
                        ? Optional.of(node.path("keystorePassword").asText())
                        : Optional.empty())
                .orElseThrow(() -> new ConfigException(source + ": federation.keystore is set but its password is not:"
                        + " set " + passwordEnv + " (or federation.keystorePassword)"));
        String host = node.path("host").asText("127.0.0.1");
        int port = node.path("port").isMissingNode() ? 9443 : node.path("port").asInt(-1);
        if (!node.path("port").isMissingNode() && !node.path("port").isInt() || port < 0 || port > 65535) {
            throw new ConfigException(
                    source + ": federation.port must be an integer within 0..65535, was " + node.path("port"));
        }
        int waitSeconds = node.path("pullWaitSeconds").asInt(20);
        if (waitSeconds < 0 || waitSeconds > 120) {
            throw new ConfigException(
                    source + ": federation.pullWaitSeconds must be within 0..120, was " + waitSeconds);
        }
        List<Agreement> agreements = new ArrayList<>();
        JsonNode files = node.path("agreements");
        if (!files.isMissingNode() && !files.isArray()) {
            throw new ConfigException(source + ": federation.agreements must be a list of files");
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = resolve(baseDirectory, files.get(i).asText(""));
            try {
                // Named zones are checked against the zone catalogue when federation starts (AgreementBook).
                agreements.add(AgreementFile.read(file, AgreementValidator.ignoringZones()));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(source + ": federation.agreements[" + i + "]: " + e.getMessage(), e);
            }
        }
        List<PartnerLink> partners = partners(source, node.path("partners"), self, agreements);
        return Optional.of(new NodeConfig.Federation(
                self,
                new HttpsKeystore(keystore, password),
                host,
                port,
                partners,
                agreements,
                Duration.ofSeconds(waitSeconds)));
    }

    private static List<PartnerLink> partners(String source, JsonNode list, Partner self, List<Agreement> agreements) {
        if (!list.isArray()) {
            throw new ConfigException(source + ": federation.partners must be a list");
        }
        List<PartnerLink> partners = new ArrayList<>();
        Set<NodeId> nodes = new HashSet<>();
        Set<CertificateFingerprint> fingerprints = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "federation.partners[" + i + "]";
            JsonNode p = list.get(i);
            Nation nation = value(source, at + ".nation", () -> Nation.of(required(source, p, at + ".nation")));
            NodeId nodeId = value(source, at + ".nodeId", () -> NodeId.of(required(source, p, at + ".nodeId")));
            URI url = value(source, at + ".url", () -> uri(required(source, p, at + ".url")));
            CertificateFingerprint fingerprint = value(
                    source,
                    at + ".fingerprint",
                    () -> CertificateFingerprint.parse(required(source, p, at + ".fingerprint")));
            if (nation.equals(self.nation())) {
                throw new ConfigException(
                        source + ": " + at + ".nation: a partner is another nation's node, was this node's " + nation);
            }
            if (!nodes.add(nodeId)) {
                throw new ConfigException(source + ": " + at + ".nodeId: partner " + nodeId + " is listed twice");
            }
            if (!fingerprints.add(fingerprint)) {
                throw new ConfigException(
                        source + ": " + at + ".fingerprint: " + fingerprint + " is already another partner's");
            }
            for (Agreement a : agreements) {
                Optional<CertificateFingerprint> registered = a.party(nation).stream()
                        .map(Party::nodes)
                        .flatMap(List::stream)
                        .filter(n -> n.id().equals(nodeId))
                        .map(PartyNode::fingerprint)
                        .findFirst();
                if (registered.isPresent() && !registered.get().equals(fingerprint)) {
                    throw new ConfigException(source + ": " + at + ".fingerprint " + fingerprint
                            + " differs from the fingerprint " + registered.get() + " agreement " + a.id()
                            + " registers for node " + nodeId);
                }
            }
            partners.add(new PartnerLink(new Partner(nation, nodeId), url, fingerprint));
        }
        return partners;
    }

    private static URI uri(String text) {
        try {
            URI uri = new URI(text);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("must be an https:// URL with a host, was \"" + text + "\"");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a URL: " + e.getMessage(), e);
        }
    }

    private static String required(String source, JsonNode parent, String at) {
        String key = at.substring(at.lastIndexOf('.') + 1);
        JsonNode value = parent.path(key);
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw new ConfigException(source + ": " + at + " is required");
        }
        return value.asText();
    }

    private static <T> T value(String source, String at, Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source + ": " + at + ": " + e.getMessage(), e);
        }
    }

    private static Path resolve(Optional<Path> base, String file) {
        return base.map(b -> b.resolve(file)).orElse(Path.of(file));
    }
}
