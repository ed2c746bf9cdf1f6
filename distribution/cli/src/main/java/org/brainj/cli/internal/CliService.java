package org.brainj.cli.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import org.brainj.api.command.Command;
import org.brainj.api.platform.Providers;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The entry point the launcher calls, published with JDK types only ({@code Function<Map, Integer>} with property
 * {@code brainj.cli=main}) so the launcher needs no platform class on its class path. The map holds {@code args}
 * ({@code String[]}) and optionally {@code in}, {@code out}, {@code err} streams.
 */
@Component(service = Function.class, property = "brainj.cli=main")
public final class CliService implements Function<Map<String, Object>, Integer> {

    /** Framework property naming the distribution's home folder. */
    static final String HOME_PROPERTY = "brainj.home";

    private final BundleContext context;

    /** @param context this bundle's context */
    @Activate
    public CliService(BundleContext context) {
        this.context = context;
    }

    @Override
    public Integer apply(Map<String, Object> call) {
        String[] args = (String[]) call.getOrDefault("args", new String[0]);
        InputStream in = (InputStream) call.getOrDefault("in", System.in);
        PrintStream out = (PrintStream) call.getOrDefault("out", System.out);
        PrintStream err = (PrintStream) call.getOrDefault("err", System.err);
        return dispatcher(context).run(args, in, out, err);
    }

    static Dispatcher dispatcher(BundleContext context) {
        String home = context.getProperty(HOME_PROPERTY);
        return new Dispatcher(Providers.all(Command.class), Path.of(home == null ? "." : home),
                context.getBundle().getVersion().toString());
    }
}
