package org.brainj.api.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.brainj.api.core.ParameterException;
import org.brainj.api.platform.ProviderInfo;
import org.brainj.api.platform.Providers;

/**
 * The one backend-selection policy of the platform, shared by the runner, the trainers and the CLI.
 *
 * <ul>
 *   <li>{@code auto}: the highest-ranked available backend that offers the family; skipped backends are named in the
 *       explanation with their reason (e.g. "cuda unavailable: libcuda.so.1 ...").</li>
 *   <li>{@code cpu} / {@code gpu}: the highest-ranked available backend of that kind offering the family.</li>
 *   <li>any other word: the backend of that name.</li>
 * </ul>
 * Call it at build or run boundaries; a swapped bundle takes effect at the next call.
 */
public final class Backends {

    /** The request word that picks automatically. */
    public static final String AUTO = "auto";

    private Backends() {
    }

    /**
     * @param request {@code auto}, {@code cpu}, {@code gpu} or a backend name
     * @param family  the operator family interface, e.g. {@code EventOps.class}
     * @param <T>     its type
     * @return the chosen backend and its operators
     * @throws ParameterException naming the request and the possible values when nothing fits
     */
    public static <T> BackendSelection<T> select(String request, Class<T> family) {
        List<String> skipped = new ArrayList<>();
        for (ProviderInfo info : Providers.describe(OperatorBackend.class)) {
            if (!info.available() && matches(request, info.name(), info.kind())) {
                skipped.add(info.name() + " unavailable: " + info.detail());
            }
        }
        for (OperatorBackend b : Providers.all(OperatorBackend.class)) {
            if (!matches(request, b.name(), b.kind())) {
                continue;
            }
            Optional<T> ops = b.operators(family);
            if (ops.isEmpty()) {
                skipped.add(b.name() + " offers no " + family.getSimpleName());
                continue;
            }
            String why = b.name() + " (" + b.kind() + ", ranking " + b.ranking() + ")";
            if (!skipped.isEmpty()) {
                why += "; skipped " + String.join("; ", skipped);
            }
            return new BackendSelection<>(b, ops.get(), why);
        }
        throw new ParameterException("backend", request, "no available backend offers " + family.getSimpleName()
                + (skipped.isEmpty() ? "" : " (" + String.join("; ", skipped) + ")")
                + "; use auto, cpu, gpu or one of: " + String.join(", ", Providers.names(OperatorBackend.class)));
    }

    private static boolean matches(String request, String name, String kind) {
        return AUTO.equals(request) || request.equals(kind) || request.equals(name);
    }
}
