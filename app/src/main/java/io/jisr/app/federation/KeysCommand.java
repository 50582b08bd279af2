package io.jisr.app.federation;

import io.jisr.exchange.NodeId;
import io.jisr.exchange.audit.AuditVerifier;
import io.jisr.store.JdbcFederationStore;
import io.jisr.store.StoreSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code jisr keys generate|fingerprint} and {@code jisr keys verify-audit}: a node's federation key
 * pair and certificate, the fingerprint its partners register, and a check of the stored audit chain.
 * Passwords are read from an environment variable, never from the command line (where {@code ps} and
 * shell history would show them).
 */
public final class KeysCommand {
    private final Map<String, String> environment;

    /** A command reading passwords from {@code environment}. */
    public KeysCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The {@code keys} command with its subcommands. */
    public CommandLine commandLine() {
        CommandSpec keys = CommandSpec.create().name("keys");
        keys.usageMessage().description("A node's federation identity: key pair, certificate, fingerprint.");
        keys.addOption(help());
        CommandLine cli = new CommandLine(keys);
        cli.addSubcommand(new CommandLine(new Generate().spec));
        cli.addSubcommand(new CommandLine(new Fingerprint().spec));
        cli.addSubcommand(new CommandLine(new VerifyAudit().spec));
        return cli;
    }

    private static OptionSpec help() {
        return OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build();
    }

    private static OptionSpec passwordEnv() {
        return OptionSpec.builder("--password-env")
                .paramLabel("VAR")
                .type(String.class)
                .initialValue("JISR_FEDERATION_PASSWORD")
                .description(
                        "The environment variable holding the keystore password (default JISR_FEDERATION_PASSWORD).")
                .build();
    }

    private char[] password(CommandSpec spec, OptionSpec option) {
        String variable = option.getValue();
        String value = environment.get(variable);
        if (value == null || value.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(), "the keystore password is read from $" + variable + ", which is not set");
        }
        return value.toCharArray();
    }

    /** {@code jisr keys generate --out node.p12 --node-id dza-1}. */
    private final class Generate implements Callable<Integer> {
        final CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("generate");
        final OptionSpec out = OptionSpec.builder("--out")
                .paramLabel("FILE")
                .type(Path.class)
                .required(true)
                .description("The PKCS#12 keystore to write; an existing file is never overwritten.")
                .build();
        final OptionSpec nodeId = OptionSpec.builder("--node-id")
                .paramLabel("ID")
                .type(String.class)
                .required(true)
                .description("This node's id as the agreements register it (dza-navy-1).")
                .build();
        final OptionSpec days = OptionSpec.builder("--days")
                .paramLabel("N")
                .type(int.class)
                .initialValue(825)
                .description("How long the certificate is valid, in days (default 825).")
                .build();
        final OptionSpec hosts = OptionSpec.builder("--host")
                .paramLabel("NAME")
                .type(String[].class)
                .auxiliaryTypes(String.class)
                .description("A DNS name or IP address to name in the certificate (repeatable); only needed when"
                        + " the same keystore also serves the operators' HTTPS, whose clients check host names.")
                .build();
        final OptionSpec passwordEnv = passwordEnv();

        Generate() {
            spec.usageMessage()
                    .sortOptions(false)
                    .description("Makes the node's key pair (EC P-256) and a self-signed certificate, writes them to"
                            + " a PKCS#12 keystore and prints the certificate's SHA-256 fingerprint, which the"
                            + " partner's operators register.");
            spec.addOption(out);
            spec.addOption(nodeId);
            spec.addOption(days);
            spec.addOption(hosts);
            spec.addOption(passwordEnv);
            spec.addOption(help());
        }

        @Override
        public Integer call() {
            NodeId node;
            try {
                node = NodeId.of(nodeId.getValue());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--node-id: " + e.getMessage());
            }
            int validDays = days.getValue();
            if (validDays < 1 || validDays > 3650) {
                throw new ParameterException(spec.commandLine(), "--days must be within 1..3650, was " + validDays);
            }
            char[] password = password(spec, passwordEnv);
            Path file = out.getValue();
            PrintWriter err = spec.commandLine().getErr();
            try {
                String[] names = hosts.getValue();
                NodeKeys keys = NodeKeys.generate(
                        node, Instant.now(), Duration.ofDays(validDays), names == null ? List.of() : List.of(names));
                keys.write(file, password);
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.println(keys.fingerprint().hex());
                stdout.flush();
                err.println("jisr keys: wrote " + file + " for node " + node + "; give the fingerprint above to"
                        + " the partner's operators");
                err.flush();
                return 0;
            } catch (FederationException e) {
                err.println("jisr keys generate: " + e.getMessage());
                err.flush();
                return 1;
            }
        }
    }

    /** {@code jisr keys fingerprint --keystore node.p12}. */
    private final class Fingerprint implements Callable<Integer> {
        final CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("fingerprint");
        final OptionSpec keystore = OptionSpec.builder("--keystore")
                .paramLabel("FILE")
                .type(Path.class)
                .required(true)
                .description("The node's PKCS#12 keystore.")
                .build();
        final OptionSpec passwordEnv = passwordEnv();

        Fingerprint() {
            spec.usageMessage().description("Prints the SHA-256 fingerprint of the node's certificate.");
            spec.addOption(keystore);
            spec.addOption(passwordEnv);
            spec.addOption(help());
        }

        @Override
        public Integer call() {
            char[] password = password(spec, passwordEnv);
            try {
                NodeKeys keys = NodeKeys.read(keystore.getValue(), password);
                spec.commandLine().getOut().println(keys.fingerprint().hex());
                spec.commandLine().getOut().flush();
                return 0;
            } catch (FederationException e) {
                spec.commandLine().getErr().println("jisr keys fingerprint: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return 1;
            }
        }
    }

    /** {@code jisr keys verify-audit --data-dir DIR [--head HEX]}. */
    private final class VerifyAudit implements Callable<Integer> {
        final CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("verify-audit");
        final OptionSpec dataDir = OptionSpec.builder("--data-dir")
                .paramLabel("DIR")
                .type(Path.class)
                .required(true)
                .description("The node's data directory (embedded database); the node must be stopped.")
                .build();
        final OptionSpec head = OptionSpec.builder("--head")
                .paramLabel("HEX")
                .type(String.class)
                .description("The head hash recorded earlier (printed by this command, or kept by the partner);"
                        + " catches entries cut off the end.")
                .build();

        VerifyAudit() {
            spec.usageMessage()
                    .description("Verifies the federation audit chain: every entry hashes the one before; prints"
                            + " the number of entries and the head hash, or the first broken entry.");
            spec.addOption(dataDir);
            spec.addOption(head);
            spec.addOption(help());
        }

        @Override
        public Integer call() {
            try (JdbcFederationStore store = JdbcFederationStore.open(StoreSettings.h2(dataDir.getValue()))) {
                Optional<String> expected = Optional.ofNullable(head.getValue());
                return switch (FederationAudit.verify(store, expected)) {
                    case AuditVerifier.Verdict.Intact ok -> {
                        spec.commandLine()
                                .getOut()
                                .println("intact: " + ok.entries() + " entries, head " + ok.headHex());
                        spec.commandLine().getOut().flush();
                        yield 0;
                    }
                    case AuditVerifier.Verdict.Broken broken -> {
                        spec.commandLine()
                                .getOut()
                                .println("BROKEN at entry " + broken.index() + ": " + broken.message());
                        spec.commandLine().getOut().flush();
                        yield 2;
                    }
                };
            }
        }
    }
}
