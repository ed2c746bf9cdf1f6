package org.brainj.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The distribution's trust policy for hot-deployed bundles: when the property {@value #ALLOWLIST_PROPERTY} names an
 * allow-list and/or {@value #SIGNERS_PROPERTY} a PEM file of trusted certificates, a bundle installed from
 * {@code deploy/} resolves only if the SHA-256 of its jar is listed or the jar is signed throughout by a trusted key
 * ({@link TrustedSigners}); any other is left INSTALLED (so never started, its classes never loaded), logged once,
 * and reported by {@code brainj bundles}.
 *
 * <p>A resolver hook is the one place the framework asks before any code of a bundle can run, whoever installed it
 * (FileInstall, the shell's {@code install}, a test). Bundles of the distribution's own {@code bundles/} and
 * {@code profiles/} folders are the distribution itself and are not checked.
 *
 * <p>A bundle outside {@code deploy/} whose content is replaced by an update is refused too: FileInstall updates an
 * installed bundle of the same symbolic name and version in place with a jar dropped into {@code deploy/}, so the
 * new content of a {@code bundles/} location would otherwise resolve unchecked. An exploded folder in
 * {@code deploy/} (FileInstall's {@code jardir:} location) has no jar to check and is refused.
 *
 * <p>The allow-list is a text file in {@code sha256sum} format: one {@code <64 hex digits> [name]} per line, {@code #}
 * comments. It is re-read when it changes, so a lab admits a bundle by adding its line, without a restart; a bundle
 * refused before is admitted at the next resolve (e.g. {@code brainj shell}, {@code refresh}, or re-dropping it).
 *
 * <p>The refusals are published to the command line as a JDK-typed service ({@code Function<String, String>}: bundle
 * location to reason, null when not refused; property {@code brainj.trust=refusals}), so the CLI needs no launcher
 * class.
 */
public final class TrustPolicy implements ResolverHookFactory, Function<String, String> {

    private static final System.Logger LOG = System.getLogger("brainj.trust");

    /** Framework property: the allow-list file (absolute, or relative to the distribution's home); unset = off. */
    public static final String ALLOWLIST_PROPERTY = "brainj.trust.allowlist";
    /** Framework property: a PEM file of trusted signer certificates (absolute, or relative to the home); unset = none. */
    public static final String SIGNERS_PROPERTY = "brainj.trust.signers";
    /** Service property value that marks the published refusals. */
    public static final String SERVICE_PROPERTY = "brainj.trust";

    private static final Pattern LINE = Pattern.compile("^([0-9a-fA-F]{64})(\\s.*)?$");

    private final Path deploy;
    private final Path allowlist;
    private final TrustedSigners signers;
    private final Map<String, String> refusals = new ConcurrentHashMap<>();
    private final Set<String> replacedInPlace = ConcurrentHashMap.newKeySet();
    private volatile Set<String> allowed = Set.of();
    private volatile long allowlistStamp = Long.MIN_VALUE;

    /**
     * @param deploy    the watched deploy folder
     * @param allowlist the allow-list file, or null
     * @param signers   the PEM file of trusted signer certificates, or null
     */
    public TrustPolicy(Path deploy, Path allowlist, Path signers) {
        this.deploy = deploy.toAbsolutePath().normalize();
        this.allowlist = allowlist == null ? null : allowlist.toAbsolutePath().normalize();
        this.signers = signers == null ? null : new TrustedSigners(signers);
    }

    /**
     * Creates the policy and registers it, before any bundle is installed: as the framework's resolver hook, and as
     * the refusals service for the command line; uninstalled bundles are forgotten.
     *
     * @param system    the system bundle's context
     * @param deploy    the watched deploy folder
     * @param allowlist the allow-list file, or null
     * @param signers   the PEM file of trusted signer certificates, or null
     * @return the registered policy
     */
    public static TrustPolicy register(BundleContext system, Path deploy, Path allowlist, Path signers) {
        TrustPolicy policy = new TrustPolicy(deploy, allowlist, signers);
        system.registerService(ResolverHookFactory.class, policy, null);
        system.registerService(Function.class, policy,
                new Hashtable<>(Map.of(SERVICE_PROPERTY, "refusals")));
        // Synchronous: an update's UPDATED event must be seen before whoever updated the bundle starts it.
        system.addBundleListener((SynchronousBundleListener) e -> {
            if (e.getType() == BundleEvent.UNINSTALLED) {
                policy.forget(e.getBundle().getLocation());
            } else if (e.getType() == BundleEvent.UPDATED) {
                policy.updated(e.getBundle().getLocation());
            }
        });
        LOG.log(System.Logger.Level.DEBUG, "trust policy on: deploy/ bundles must be listed in " + allowlist
                + " or signed by a key in " + signers);
        return policy;
    }

    /** @return the allow-list file, or null */
    public Path allowlist() {
        return allowlist;
    }

    /**
     * @param location a bundle location
     * @return why the policy refused that bundle, or null
     */
    @Override
    public String apply(String location) {
        return refusals.get(location);
    }

    /** @return bundle location to reason, of every bundle refused and still refused */
    public Map<String, String> refusals() {
        return Map.copyOf(refusals);
    }

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        // One judgement per revision and resolve: the hook is asked once per requirement.
        Map<BundleRevision, Boolean> judged = new java.util.HashMap<>();
        java.util.function.Predicate<BundleRevision> refused = r -> judged.computeIfAbsent(r, TrustPolicy.this::refused);
        return new ResolverHook() {
            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                // Felix 7 builds its white-list from the unresolved revisions only and then drops every provider
                // outside it, resolved ones included: a removal here makes every other bundle of the same resolve
                // fail. So a refused bundle is removed only from resolves it triggers itself (its own start, a
                // 'resolve all'); elsewhere filterMatches keeps it from being wired at all.
                for (Iterator<BundleRevision> it = candidates.iterator(); it.hasNext(); ) {
                    BundleRevision r = it.next();
                    if (triggers.contains(r) && refused.test(r)) {
                        it.remove();
                    }
                }
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton,
                                                  Collection<BundleCapability> collisionCandidates) {
                // no opinion: only whether a bundle may resolve at all
            }

            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
                if (refused.test(requirement.getRevision())) {
                    candidates.clear(); // a refused bundle's requirements match nothing: it cannot resolve
                    return;
                }
                candidates.removeIf(c -> refused.test(c.getRevision())); // nor serve another bundle
            }

            @Override
            public void end() {
                // nothing held between resolves
            }
        };
    }

    private boolean refused(BundleRevision r) {
        return r != null && r.getWiring() == null
                && judge(r.getBundle().getLocation(), r.getSymbolicName(), r.getVersion()) != null;
    }

    /**
     * @return the reason to refuse the bundle at that location, or null when it may resolve (recorded either way)
     */
    String judge(String location, String symbolicName, Object version) {
        Path file = deployedFile(location);
        if (file == null) {
            if (location == null || !replacedInPlace.contains(location)) {
                return null;
            }
            String reason = "refused by the trust policy: its content was replaced by an update (e.g. a jar"
                    + " dropped into deploy/ with the same symbolic name and version), which cannot be checked;"
                    + " remove that jar and restart";
            if (!reason.equals(refusals.put(location, reason))) {
                LOG.log(System.Logger.Level.WARNING, location + " (" + symbolicName + " " + version + ") " + reason);
            }
            return reason;
        }
        String sha = sha256(file);
        String signature = signers == null ? "not checked" : signers.check(file);
        String reason;
        if (sha == null) {
            reason = "refused by the trust policy: its jar cannot be read to check its SHA-256";
        } else if ((allowlist != null && allowed().contains(sha)) || signature == null) {
            if (refusals.remove(location) != null) {
                LOG.log(System.Logger.Level.INFO, "deploy/" + file.getFileName() + " (" + symbolicName
                        + ") is now trusted");
            }
            return null;
        } else {
            reason = "refused by the trust policy: " + (allowlist == null ? "" : "SHA-256 " + sha
                    + " is not in the allow-list " + allowlist) + (allowlist != null && signers != null ? ", and "
                    : "") + (signers == null ? "" : "it is not signed by a trusted key: " + signature);
        }
        if (!reason.equals(refusals.put(location, reason))) {
            LOG.log(System.Logger.Level.WARNING, "deploy/" + file.getFileName() + " (" + symbolicName + " "
                    + version + ") " + reason + "; it stays installed but is never started");
        }
        return reason;
    }

    /** Forgets a bundle that was uninstalled. */
    void forget(String location) {
        refusals.remove(location);
        replacedInPlace.remove(location);
    }

    /** Notes a bundle whose content was replaced: outside deploy/ there is no file whose bytes it now runs. */
    void updated(String location) {
        if (location != null && deployedFile(location) == null) {
            replacedInPlace.add(location);
        }
    }

    private Path deployedFile(String location) {
        if (location == null) {
            return null;
        }
        String l = location.startsWith("reference:") ? location.substring("reference:".length()) : location;
        try {
            Path p;
            if (l.startsWith("jardir:")) {
                // An exploded folder, its path unencoded (FileInstall builds it with new URL("jardir", null, path)):
                // not a jar, so its check fails and it is refused.
                p = Path.of(l.substring("jardir:".length()));
            } else {
                URI u = new URI(l);
                if (!"file".equals(u.getScheme())) {
                    return null; // FileInstall installs deploy/ jars from their file: locations
                }
                p = Path.of(u);
            }
            p = p.toAbsolutePath().normalize();
            return p.startsWith(deploy) ? p : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private Set<String> allowed() {
        if (allowlist == null) {
            return Set.of();
        }
        long stamp;
        try {
            stamp = Files.getLastModifiedTime(allowlist).toMillis() ^ Files.size(allowlist);
        } catch (IOException e) {
            stamp = -1;
        }
        if (stamp != allowlistStamp) {
            allowed = read(allowlist);
            allowlistStamp = stamp;
        }
        return allowed;
    }

    /**
     * @param file an allow-list in sha256sum format
     * @return the lower-case digests it lists; empty when it cannot be read (everything refused)
     */
    static Set<String> read(Path file) {
        Set<String> out = new HashSet<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "trust allow-list " + file + " cannot be read (" + e
                    + "): every bundle dropped into deploy/ is refused");
            return out;
        }
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            var m = LINE.matcher(t);
            if (m.matches()) {
                out.add(m.group(1).toLowerCase(Locale.ROOT));
            } else {
                LOG.log(System.Logger.Level.WARNING, "trust allow-list " + file + ": line '" + t
                        + "' is not '<64 hex digits of SHA-256> [name]'; ignored");
            }
        }
        return out;
    }

    /**
     * @param file a file
     * @return its SHA-256 as lower-case hex, or null when it cannot be read
     */
    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
