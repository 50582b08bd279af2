package io.jisr.app.node;

import io.jisr.access.SessionSettings;
import io.jisr.app.alerts.DefaultAlertRules;
import io.jisr.app.federation.PartnerLink;
import io.jisr.app.http.HttpsKeystore;
import io.jisr.detect.AisGapSettings;
import io.jisr.detect.DeclaredReceiver;
import io.jisr.detect.alert.AlertRule;
import io.jisr.detect.zone.Zone;
import io.jisr.exchange.Partner;
import io.jisr.exchange.agreement.Agreement;
import io.jisr.feed.FeedSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything a node needs to start, read from {@code jisr.yaml}, the environment and the command
 * line (in that order of increasing precedence). Every setting has a default, so an empty
 * configuration starts a working node.
 *
 * @param nodeId this node's name, the owner of its feeds
 * @param httpHost address the HTTP API binds to (loopback by default)
 * @param httpPort port of the HTTP API (0 picks a free one)
 * @param dataDirectory where the embedded database and extracted demo data live
 * @param database where history and the vessel registry are stored
 * @param maxPlausibleSpeedKnots reports implying a faster move are suspect
 * @param staleAfter a vessel not heard for this long is stale
 * @param duplicateWindow copies of one transmission within this window are applied once
 * @param retention history older than this is purged
 * @param feeds the configured feeds
 * @param demo whether to replay the bundled recording when no feed is configured
 * @param security TLS, sessions and the first administrator's password
 * @param map the map tiles the web UI shows
 * @param detection the detectors' zones and the rules that turn detections into alerts
 * @param federation this node's identity, partners and agreements; empty when it federates with nobody
 */
public record NodeConfig(
        String nodeId,
        String httpHost,
        int httpPort,
        Path dataDirectory,
        Database database,
        double maxPlausibleSpeedKnots,
        Duration staleAfter,
        Duration duplicateWindow,
        Duration retention,
        List<FeedConfig> feeds,
        boolean demo,
        Security security,
        MapTiles map,
        Detection detection,
        Optional<Federation> federation) {

    /**
     * Federation with partner nodes (issue 7).
     *
     * @param self this node's nation and node id, as the agreements register it
     * @param keystore the PKCS#12 keystore with the node's key and certificate ({@code jisr keys generate})
     * @param host the address the mutual-TLS endpoint binds to
     * @param port the port of the mutual-TLS endpoint (0 picks a free one); never the operators' port
     * @param partners the partner nodes this node pulls from and serves
     * @param agreements the agreements in force between this node's nation and its partners, validated
     * @param pullWait how long a partner's pull may wait for new records (long poll)
     */
    public record Federation(
            Partner self,
            HttpsKeystore keystore,
            String host,
            int port,
            List<PartnerLink> partners,
            List<Agreement> agreements,
            Duration pullWait) {
        /** Copies the lists. */
        public Federation {
            partners = List.copyOf(partners);
            agreements = List.copyOf(agreements);
        }
    }

    /**
     * Detections and alerts.
     *
     * @param enabled whether the node runs the detectors at all
     * @param zones the zones the zone detector and alert rules know (territorial sea, EEZ, operator areas)
     * @param rules which detections become alerts, and how severe
     * @param keepClosedAlerts closed alerts older than this are no longer held in memory (they stay stored)
     */
    public record Detection(
            boolean enabled,
            List<Zone> zones,
            List<AlertRule> rules,
            Duration keepClosedAlerts,
            List<DeclaredReceiver> receivers) {
        /** Every detector on, no zones, the default alert rules, closed alerts kept in memory for 7 days. */
        public static final Detection DEFAULTS =
                new Detection(true, List.of(), DefaultAlertRules.RULES, Duration.ofDays(7), List.of());

        /** Copies the lists. */
        public Detection {
            zones = List.copyOf(zones);
            rules = List.copyOf(rules);
            receivers = List.copyOf(receivers);
        }

        /** Returns these settings with {@code more} zones after the configured ones. */
        public Detection withZones(List<Zone> more) {
            List<Zone> all = new ArrayList<>(zones);
            all.addAll(more);
            return new Detection(enabled, all, rules, keepClosedAlerts, receivers);
        }

        /** Returns these settings with {@code more} declared receivers after the configured ones. */
        public Detection withReceivers(List<DeclaredReceiver> more) {
            List<DeclaredReceiver> all = new ArrayList<>(receivers);
            all.addAll(more);
            return new Detection(enabled, zones, rules, keepClosedAlerts, all);
        }

        /** Returns the AIS gap detector's settings: the defaults with the declared receivers. */
        public AisGapSettings gapSettings() {
            return AisGapSettings.DEFAULTS.withDeclaredReceivers(receivers);
        }
    }

    /**
     * How the HTTP API is secured.
     *
     * @param https the PKCS#12 keystore to serve HTTPS with; empty for plain HTTP
     * @param allowPlainHttp whether plain HTTP may listen on an address other than loopback
     * @param sessions how long sessions last
     * @param adminPassword the password of the administrator created at first start
     *     ({@code JISR_ADMIN_PASSWORD}); empty to print a one-time password instead
     */
    public record Security(
            Optional<HttpsKeystore> https,
            boolean allowPlainHttp,
            SessionSettings sessions,
            Optional<String> adminPassword) {

        /** Plain HTTP on loopback, default session lifetimes, a one-time administrator password. */
        public static final Security DEFAULTS =
                new Security(Optional.empty(), false, SessionSettings.DEFAULTS, Optional.empty());

        /** Returns these settings with the first administrator's password. */
        public Security withAdminPassword(String password) {
            return new Security(https, allowPlainHttp, sessions, Optional.of(password));
        }

        /** Describes the settings without the passwords. */
        @Override
        public String toString() {
            return "Security[https=" + https + ", allowPlainHttp=" + allowPlainHttp + ", sessions=" + sessions
                    + ", adminPassword=" + (adminPassword.isPresent() ? "***" : "none") + "]";
        }
    }

    /**
     * The map background of the web UI.
     *
     * @param tileUrl a raster tile URL template ({@code https://tile.example.org/{z}/{x}/{y}.png}); empty
     *     for the UI's offline basemap
     * @param tileAttribution the attribution the tiles' licence requires
     */
    public record MapTiles(Optional<String> tileUrl, Optional<String> tileAttribution) {
        /** No tile server. */
        public static final MapTiles NONE = new MapTiles(Optional.empty(), Optional.empty());
    }

    /**
     * The database: the embedded H2 file in the data directory when {@code url} is empty, else the
     * JDBC URL given (PostgreSQL).
     *
     * @param url JDBC URL, empty for the embedded default
     * @param user database user
     * @param password database password
     * @param poolSize connections in the pool
     */
    public record Database(Optional<String> url, String user, String password, int poolSize) {}

    /**
     * One feed.
     *
     * @param id unique feed id
     * @param spec what and where
     */
    public record FeedConfig(String id, FeedSpec spec) {}

    /** Copies the feed list. */
    public NodeConfig {
        feeds = List.copyOf(feeds);
    }

    /** Returns this configuration with {@code added} after the configured feeds and the bundled replay off. */
    public NodeConfig withFeedsInsteadOfDemo(List<FeedConfig> added) {
        List<FeedConfig> all = new ArrayList<>(feeds);
        all.addAll(added);
        return with(all, false, detection);
    }

    /** Returns this configuration with other detection settings. */
    public NodeConfig withDetection(Detection changed) {
        return with(feeds, demo, changed);
    }

    private NodeConfig with(List<FeedConfig> feeds, boolean demo, Detection detection) {
        return new NodeConfig(
                nodeId,
                httpHost,
                httpPort,
                dataDirectory,
                database,
                maxPlausibleSpeedKnots,
                staleAfter,
                duplicateWindow,
                retention,
                feeds,
                demo,
                security,
                map,
                detection,
                federation);
    }
}
