package org.brainj.cli.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;

/** Says an unmet OSGi requirement in plain words, e.g. "package org.foo, version [1.0.0, 2.0.0)". */
final class RequirementText {

    private static final Pattern ATTR = Pattern.compile("\\(([\\w.]+)=([^)]*)\\)");
    private static final Pattern MIN = Pattern.compile("\\(version>=([^)]*)\\)");
    private static final Pattern MAX_EXCL = Pattern.compile("\\(!\\(version>=([^)]*)\\)\\)");

    private RequirementText() {
    }

    static String of(Requirement r) {
        String ns = r.getNamespace();
        String filter = r.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "");
        String what;
        switch (ns) {
            case "osgi.wiring.package":
                what = "package " + attr(filter, ns);
                break;
            case "osgi.wiring.bundle":
                what = "bundle " + attr(filter, ns);
                break;
            case "osgi.wiring.host":
                what = "fragment host " + attr(filter, ns);
                break;
            case "osgi.service":
                what = "service " + attr(filter, "objectClass");
                return what;
            case "osgi.extender":
                what = "extender " + attr(filter, ns);
                break;
            case "osgi.ee":
                return "execution environment " + filter;
            default:
                return ns + " " + filter;
        }
        String min = group(MIN, filter);
        String max = group(MAX_EXCL, filter);
        if (min != null) {
            what += ", version " + (max != null ? "[" + min + ", " + max + ")" : ">= " + min);
        }
        return what;
    }

    private static String attr(String filter, String name) {
        Matcher m = ATTR.matcher(filter);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        return filter;
    }

    private static String group(Pattern p, String filter) {
        Matcher m = p.matcher(filter);
        return m.find() ? m.group(1) : null;
    }
}
