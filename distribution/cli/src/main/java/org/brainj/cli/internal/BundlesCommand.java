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

import org.brainj.api.command.Command;
import org.brainj.api.command.CommandInvocation;
import org.brainj.api.command.CommandSpec;
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

    private static final CommandSpec SPEC = new CommandSpec("bundles",
            "List installed bundles: id, state, symbolic name, version, and what an unresolved bundle lacks.",
            "Also reports files in deploy/ that are not valid bundles.", List.of(), null);

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
    public int execute(CommandInvocation inv) {
        TextTable t = new TextTable("ID", "STATE", "SYMBOLIC NAME", "VERSION", "NOTE");
        Set<String> locations = new HashSet<>();
        int problems = 0;
        for (Bundle b : context.getBundles()) {
            locations.add(b.getLocation());
            String note = "";
            if (b.getState() == Bundle.INSTALLED) {
                note = DeployDiagnostics.unresolved(context, b);
                problems++;
            } else if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                note = "fragment";
            }
            t.row(b.getBundleId(), state(b.getState()), b.getSymbolicName(), b.getVersion(), note);
        }
        t.print(inv.out());
        for (String issue : deployIssues(inv.home().resolve("deploy"), locations)) {
            inv.out().println(issue);
            problems++;
        }
        inv.out().println(context.getBundles().length + " bundles" + (problems > 0 ? ", " + problems
                + " problem(s)" : ""));
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
