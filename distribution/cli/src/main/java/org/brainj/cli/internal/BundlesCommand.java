package org.brainj.cli.internal;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.brainj.api.command.Command;
import org.brainj.api.command.CommandInvocation;
import org.brainj.api.command.CommandSpec;
import org.brainj.api.command.OptionSpec;
import org.brainj.api.command.TextTable;
import org.brainj.api.platform.Provider;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * {@code brainj bundles}: every installed bundle with its state, why an unresolved one cannot resolve, and files in
 * {@code deploy/} that could not be installed.
 */
@Component(service = Command.class, property = Provider.RANKING + "=" + BundlesCommand.RANKING)
public final class BundlesCommand implements Command {

    static final int RANKING = 0;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final CommandSpec SPEC = new CommandSpec("bundles",
            "List installed bundles: id, state, symbolic name, version, SHA-256 of the jar, and what an unresolved "
                    + "bundle lacks.",
            "Also reports files in deploy/ that are not valid bundles, and bundles the distribution's allow-list "
                    + "refused. --json prints the same provenance record that every run writes into summary.json.",
            List.of(OptionSpec.flag("--sha256", "show the full SHA-256 of each bundle's jar (default: first 12 "
                    + "hex digits)"), OptionSpec.flag("--json", "print the provenance record as JSON")), null);

    private final BundleContext context;

    /** @param context this bundle's context, to see every bundle */
    @Activate
    public BundlesCommand(BundleContext context) {
        this.context = context;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int ranking() {
        return RANKING;
    }

    @Override
    public int execute(CommandInvocation inv) throws Exception {
        if (inv.flag("--json")) {
            inv.out().println(JSON.writeValueAsString(Provenance.json(context, null, 0, 0)
                    .without(List.of("backend", "seed", "threads"))));
            return OK;
        }
        boolean full = inv.flag("--sha256");
        TextTable t = new TextTable("ID", "STATE", "SYMBOLIC NAME", "VERSION", "SHA-256", "NOTE");
        Set<String> locations = new HashSet<>();
        int problems = 0;
        for (Provenance.BundleRecord r : Provenance.bundles(context)) {
            Bundle b = context.getBundle(r.id());
            if (b == null) {
                continue; // uninstalled meanwhile
            }
            locations.add(b.getLocation());
            String note = "";
            String refused = TrustPolicyView.refusal(context, b);
            if (refused != null) {
                note = refused;
                problems++;
            } else if (b.getState() == Bundle.INSTALLED) {
                note = DeployDiagnostics.unresolved(context, b);
                problems++;
            } else if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                note = "fragment";
            } else if (b.getState() == Bundle.RESOLVED && DeployReporter.FAILED_STARTS.containsKey(b.getBundleId())) {
                note = DeployReporter.FAILED_STARTS.get(b.getBundleId()) + "; 'start " + b.getBundleId()
                        + "' in 'brainj shell' shows the error";
                problems++;
            }
            String sha = r.sha256() == null ? "-" : full ? r.sha256() : r.sha256().substring(0, 12);
            t.row(r.id(), r.state(), r.symbolicName(), r.version(), sha, note);
        }
        t.print(inv.out());
        for (String issue : deployIssues(inv.home().resolve("deploy"), locations)) {
            inv.out().println(issue);
            problems++;
        }
        inv.out().println(context.getBundles().length + " bundles" + (problems > 0 ? ", " + problems
                + " problem(s)" : ""));
        String distribution = context.getProperty(Provenance.DISTRIBUTION_PROPERTY);
        String allowlist = context.getProperty("brainj.trust.allowlist");
        String signers = context.getProperty("brainj.trust.signers");
        boolean listed = allowlist != null && !allowlist.isBlank();
        boolean signed = signers != null && !signers.isBlank();
        inv.out().println("distribution: " + (distribution == null ? "unknown" : distribution) + "; deploy/: "
                + (!listed && !signed ? "any bundle is started" : "only bundles "
                + (listed ? "listed by SHA-256 in " + allowlist : "") + (listed && signed ? " or " : "")
                + (signed ? "signed by a key in " + signers : "") + " are started"));
        return OK;
    }

    private static List<String> deployIssues(Path deploy, Set<String> locations) {
        List<String> issues = new ArrayList<>();
        if (!Files.isDirectory(deploy)) {
            return issues;
        }
        Set<String> installedFiles = new HashSet<>();
        for (String loc : locations) {
            try {
                URI u = URI.create(loc);
                if ("file".equals(u.getScheme())) {
                    installedFiles.add(new File(u).getCanonicalPath());
                }
            } catch (IllegalArgumentException | IOException notAFileLocation) {
                // Locations such as "System Bundle" or reference: URLs of platform bundles are not in deploy/.
            }
        }
        try (Stream<Path> files = Files.list(deploy)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                if (!f.toString().endsWith(".jar") || installedFiles.contains(f.toFile().getCanonicalPath())) {
                    continue;
                }
                issues.add("deploy/" + f.getFileName() + ": " + DeployDiagnostics.whyNotInstalled(f));
            }
        } catch (IOException e) {
            issues.add("deploy/: cannot be read: " + e.getMessage());
        }
        return issues;
    }

    static String state(int state) {
        switch (state) {
            case Bundle.ACTIVE:
                return "ACTIVE";
            case Bundle.RESOLVED:
                return "RESOLVED";
            case Bundle.INSTALLED:
                return "INSTALLED";
            case Bundle.STARTING:
                return "STARTING";
            case Bundle.STOPPING:
                return "STOPPING";
            default:
                return "UNINSTALLED";
        }
    }
}
