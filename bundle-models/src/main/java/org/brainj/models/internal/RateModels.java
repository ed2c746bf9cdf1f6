package org.brainj.models.internal;

import org.brainj.api.model.ModelFactory;
import org.brainj.api.platform.Provider;
import org.brainj.models.zoo.FHNRate;
import org.brainj.models.zoo.FeedbackFHN;
import org.brainj.models.zoo.JansenRit;
import org.brainj.models.zoo.Kuramoto;
import org.brainj.models.zoo.QIF;
import org.brainj.models.zoo.StuartLandau;
import org.brainj.models.zoo.ThetaNeuron;
import org.brainj.models.zoo.ThresholdLinear;
import org.brainj.models.zoo.VanDerPol;
import org.brainj.models.zoo.WilsonCowan;
import org.osgi.service.component.annotations.Component;

/** The rate and population (mean-field) models of this bundle, by BrainPy name (BrainPy's {@code bp.dyn} rates). */
@Component(service = ModelFactory.class, property = Provider.RANKING + "=0")
public final class RateModels extends TableFactory {

    static ModelTable table() {
        return new ModelTable("rate model")
                .add(FHNRate.DESCRIPTOR, FHNRate::create)
                .add(StuartLandau.DESCRIPTOR, StuartLandau::create)
                .add(WilsonCowan.DESCRIPTOR, WilsonCowan::create)
                .add(QIF.DESCRIPTOR, QIF::create)
                .add(ThresholdLinear.DESCRIPTOR, ThresholdLinear::create)
                .add(ThetaNeuron.DESCRIPTOR, ThetaNeuron::create)
                .add(VanDerPol.DESCRIPTOR, VanDerPol::create)
                .add(Kuramoto.DESCRIPTOR, Kuramoto::create)
                .add(JansenRit.DESCRIPTOR, JansenRit::create)
                .add(FeedbackFHN.DESCRIPTOR, FeedbackFHN::create);
    }

    /** Creates the factory; it holds no state. */
    public RateModels() {
        super("rates", table());
    }
}
