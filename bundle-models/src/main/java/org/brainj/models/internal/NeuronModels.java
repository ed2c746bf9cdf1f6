package org.brainj.models.internal;

import org.brainj.api.model.ModelFactory;
import org.brainj.api.platform.Provider;
import org.brainj.models.zoo.ALIFBellec2020;
import org.brainj.models.zoo.AdExIF;
import org.brainj.models.zoo.AdExIFRef;
import org.brainj.models.zoo.AdQuaIF;
import org.brainj.models.zoo.AdQuaIFRef;
import org.brainj.models.zoo.CondNeuGroup;
import org.brainj.models.zoo.ExpIF;
import org.brainj.models.zoo.ExpIFRef;
import org.brainj.models.zoo.FHN;
import org.brainj.models.zoo.FractionalFHR;
import org.brainj.models.zoo.FractionalIzhikevich;
import org.brainj.models.zoo.Gif;
import org.brainj.models.zoo.GifRef;
import org.brainj.models.zoo.HH;
import org.brainj.models.zoo.HindmarshRose;
import org.brainj.models.zoo.IF;
import org.brainj.models.zoo.Izhikevich;
import org.brainj.models.zoo.IzhikevichRef;
import org.brainj.models.zoo.Lif;
import org.brainj.models.zoo.LifRef;
import org.brainj.models.zoo.MorrisLecar;
import org.brainj.models.zoo.PinskyRinzel;
import org.brainj.models.zoo.PoissonGroup;
import org.brainj.models.zoo.PoissonStim;
import org.brainj.models.zoo.QuaIF;
import org.brainj.models.zoo.QuaIFRef;
import org.brainj.models.zoo.TraubMilesHH;
import org.brainj.models.zoo.WangBuzsakiHH;
import org.osgi.service.component.annotations.Component;

/** The spiking neuron models and spike sources of this bundle, by BrainPy name. */
@Component(service = ModelFactory.class, property = Provider.RANKING + "=0")
public final class NeuronModels extends TableFactory {

    static ModelTable table() {
        return new ModelTable("neuron model")
                .add(LifRef.DESCRIPTOR, LifRef::create)
                .add(HH.DESCRIPTOR, HH::create)
                .add(TraubMilesHH.DESCRIPTOR, TraubMilesHH::create)
                .add(WangBuzsakiHH.DESCRIPTOR, WangBuzsakiHH::create)
                .add(MorrisLecar.DESCRIPTOR, MorrisLecar::create)
                .add(HindmarshRose.DESCRIPTOR, HindmarshRose::create)
                .add(FHN.DESCRIPTOR, FHN::create)
                .add(Izhikevich.DESCRIPTOR, Izhikevich::create)
                .add(IzhikevichRef.DESCRIPTOR, IzhikevichRef::create)
                .add(ExpIF.DESCRIPTOR, ExpIF::create)
                .add(ExpIFRef.DESCRIPTOR, ExpIFRef::create)
                .add(AdExIF.DESCRIPTOR, AdExIF::create)
                .add(AdExIFRef.DESCRIPTOR, AdExIFRef::create)
                .add(QuaIF.DESCRIPTOR, QuaIF::create)
                .add(QuaIFRef.DESCRIPTOR, QuaIFRef::create)
                .add(AdQuaIF.DESCRIPTOR, AdQuaIF::create)
                .add(AdQuaIFRef.DESCRIPTOR, AdQuaIFRef::create)
                .add(Gif.DESCRIPTOR, Gif::create)
                .add(GifRef.DESCRIPTOR, GifRef::create)
                .add(Lif.DESCRIPTOR, Lif::create)
                .add(IF.DESCRIPTOR, IF::create)
                .add(CondNeuGroup.DESCRIPTOR, CondNeuGroup::create)
                .add(PinskyRinzel.DESCRIPTOR, PinskyRinzel::create)
                .add(ALIFBellec2020.DESCRIPTOR, ALIFBellec2020::create)
                .add(FractionalFHR.DESCRIPTOR, FractionalFHR::create)
                .add(FractionalIzhikevich.DESCRIPTOR, FractionalIzhikevich::create)
                .add(PoissonGroup.DESCRIPTOR, PoissonGroup::create)
                .add(PoissonStim.DESCRIPTOR, PoissonStim::create);
    }

    /** Creates the factory; it holds no state. */
    public NeuronModels() {
        super("neurons", table());
    }
}
