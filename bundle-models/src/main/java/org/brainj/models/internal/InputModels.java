package org.brainj.models.internal;

import org.brainj.api.model.ModelFactory;
import org.brainj.api.platform.Provider;
import org.brainj.models.zoo.ConstantInput;
import org.brainj.models.zoo.OuInput;
import org.brainj.models.zoo.PoissonInput;
import org.brainj.models.zoo.RampInput;
import org.brainj.models.zoo.SectionInput;
import org.brainj.models.zoo.SinusoidalInput;
import org.brainj.models.zoo.WienerInput;
import org.osgi.service.component.annotations.Component;

/**
 * The input drives of this bundle (currents and Poisson inputs), by name. {@code size} is ignored: a drive sizes itself
 * to the population it is bound to ({@link org.brainj.models.kit.Network#input}).
 */
@Component(service = ModelFactory.class, property = Provider.RANKING + "=0")
public final class InputModels extends TableFactory {

    static ModelTable table() {
        return new ModelTable("input model")
                .add(ConstantInput.DESCRIPTOR, (name, size, p) -> ConstantInput.create(p))
                .add(SectionInput.DESCRIPTOR, (name, size, p) -> SectionInput.create(p))
                .add(RampInput.DESCRIPTOR, (name, size, p) -> RampInput.create(p))
                .add(SinusoidalInput.DESCRIPTOR, (name, size, p) -> SinusoidalInput.create(p))
                .add(OuInput.DESCRIPTOR, (name, size, p) -> OuInput.create(p))
                .add(WienerInput.DESCRIPTOR, (name, size, p) -> WienerInput.create(p))
                .add(PoissonInput.DESCRIPTOR, (name, size, p) -> PoissonInput.create(p));
    }

    /** Creates the factory; it holds no state. */
    public InputModels() {
        super("inputs", table());
    }
}
