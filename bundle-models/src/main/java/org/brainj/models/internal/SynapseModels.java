package org.brainj.models.internal;

import org.brainj.api.model.ModelFactory;
import org.brainj.api.platform.Provider;
import org.brainj.models.zoo.AMPA;
import org.brainj.models.zoo.Alpha;
import org.brainj.models.zoo.BioNMDA;
import org.brainj.models.zoo.DualExpon;
import org.brainj.models.zoo.DualExponV2;
import org.brainj.models.zoo.Expon;
import org.brainj.models.zoo.GABAa;
import org.brainj.models.zoo.NMDA;
import org.brainj.models.zoo.STD;
import org.brainj.models.zoo.STP;
import org.osgi.service.component.annotations.Component;

/** The synapse dynamics of this bundle, by BrainPy name; {@code size} is the aligned population's size. */
@Component(service = ModelFactory.class, property = Provider.RANKING + "=0")
public final class SynapseModels extends TableFactory {

    static ModelTable table() {
        return new ModelTable("synapse model")
                .add(Expon.DESCRIPTOR, Expon::create)
                .add(DualExpon.DESCRIPTOR, DualExpon::create)
                .add(DualExponV2.DESCRIPTOR, DualExponV2::create)
                .add(Alpha.DESCRIPTOR, Alpha::create)
                .add(NMDA.DESCRIPTOR, NMDA::create)
                .add(AMPA.DESCRIPTOR, AMPA::create)
                .add(GABAa.DESCRIPTOR, GABAa::create)
                .add(BioNMDA.DESCRIPTOR, BioNMDA::create)
                .add(STD.DESCRIPTOR, STD::create)
                .add(STP.DESCRIPTOR, STP::create);
    }

    /** Creates the factory; it holds no state. */
    public SynapseModels() {
        super("synapses", table());
    }
}
