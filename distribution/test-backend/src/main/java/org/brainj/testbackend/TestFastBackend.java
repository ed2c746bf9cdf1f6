package org.brainj.testbackend;

import java.util.Optional;

import org.brainj.api.ops.BackendKind;
import org.brainj.api.ops.DenseOps;
import org.brainj.api.ops.EventOps;
import org.brainj.api.ops.OperatorBackend;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;

/**
 * A CPU backend ranked above the platform's, offering dense and event-driven operators (so a spiking network can
 * run on it by name, {@code --backend test-fast}); every other family falls back to {@code cpu}.
 */
@Component(service = OperatorBackend.class, property = Provider.RANKING + "=" + TestFastBackend.RANKING)
public final class TestFastBackend implements OperatorBackend {

    static final int RANKING = 50;

    private final DenseOps dense = new RowMajorDenseOps();
    private final EventOps events = new ScatterEventOps();

    @Override
    public String name() {
        return "test-fast";
    }

    @Override
    public int ranking() {
        return RANKING;
    }

    @Override
    public BackendKind backendKind() {
        return BackendKind.CPU;
    }

    @Override
    public <T> Optional<T> operators(Class<T> family) {
        if (family == DenseOps.class) {
            return Optional.of(family.cast(dense));
        }
        return family == EventOps.class ? Optional.of(family.cast(events)) : Optional.empty();
    }
}
