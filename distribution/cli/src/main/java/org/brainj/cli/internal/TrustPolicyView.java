package org.brainj.cli.internal;

import java.util.Collection;
import java.util.function.Function;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The command line's view of the launcher's trust policy, reached through the JDK-typed service it publishes
 * ({@code Function<String, String>}, property {@code brainj.trust=refusals}: bundle location to the reason it was
 * refused), so this bundle needs no launcher class.
 */
final class TrustPolicyView {

    private TrustPolicyView() {
    }

    /**
     * @param context any bundle context
     * @param bundle  a bundle
     * @return why the distribution's trust policy refuses that bundle, or null (also when there is no policy)
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static String refusal(BundleContext context, Bundle bundle) {
        Collection<ServiceReference<Function>> refs;
        try {
            refs = context.getServiceReferences(Function.class, "(brainj.trust=refusals)");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (ServiceReference<Function> ref : refs) {
            Function<String, String> policy = context.getService(ref);
            if (policy == null) {
                continue;
            }
            try {
                String reason = policy.apply(bundle.getLocation());
                if (reason != null) {
                    return reason;
                }
            } finally {
                context.ungetService(ref);
            }
        }
        return null;
    }
}
