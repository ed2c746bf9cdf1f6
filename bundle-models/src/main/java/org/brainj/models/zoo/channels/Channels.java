package org.brainj.models.zoo.channels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.Parameters;

/** Every channel of this package by BrainPy name (the rows of FEATURES.md §4.6), and the ions. */
public final class Channels {

    /** Builds one channel from user parameters. */
    @FunctionalInterface
    public interface Creator {
        /**
         * @param size   number of neurons
         * @param params parameter values
         * @return the channel
         */
        Channel create(int size, Parameters params);
    }

    private static final Map<String, ModelDescriptor> DESCRIPTORS = new LinkedHashMap<>();
    private static final Map<String, Creator> CREATORS = new LinkedHashMap<>();

    static {
        add(INa_HH1952.DESCRIPTOR, INa_HH1952::create);
        add(INa_TM1991.DESCRIPTOR, INa_TM1991::create);
        add(INa_Ba2002.DESCRIPTOR, INa_Ba2002::create);
        add(IK_HH1952.DESCRIPTOR, IK_HH1952::create);
        add(IK_TM1991.DESCRIPTOR, IK_TM1991::create);
        add(IKDR_Ba2002.DESCRIPTOR, IKDR_Ba2002::create);
        add(IKA1_HM1992.DESCRIPTOR, IKA1_HM1992::create);
        add(IKA2_HM1992.DESCRIPTOR, IKA2_HM1992::create);
        add(IKK2A_HM1992.DESCRIPTOR, IKK2A_HM1992::create);
        add(IKK2B_HM1992.DESCRIPTOR, IKK2B_HM1992::create);
        add(IKNI_Ya1989.DESCRIPTOR, IKNI_Ya1989::create);
        add(IKL.DESCRIPTOR, IKL::create);
        add(IL.DESCRIPTOR, IL::create);
        add(ICaN_IS2008.DESCRIPTOR, ICaN_IS2008::create);
        add(ICaT_HM1992.DESCRIPTOR, ICaT_HM1992::create);
        add(ICaT_HP1992.DESCRIPTOR, ICaT_HP1992::create);
        add(ICaHT_HM1992.DESCRIPTOR, ICaHT_HM1992::create);
        add(ICaHT_Re1993.DESCRIPTOR, ICaHT_Re1993::create);
        add(ICaL_IS2008.DESCRIPTOR, ICaL_IS2008::create);
        add(Ih_HM1992.DESCRIPTOR, Ih_HM1992::create);
        add(Ih_De1996.DESCRIPTOR, Ih_De1996::create);
        add(IAHP_De1994.DESCRIPTOR, IAHP_De1994::create);
    }

    private Channels() {
    }

    private static void add(ModelDescriptor d, Creator c) {
        DESCRIPTORS.put(d.name(), d);
        CREATORS.put(d.name(), c);
    }

    /** @return the channels' descriptors, in FEATURES.md order */
    public static List<ModelDescriptor> channels() {
        return List.copyOf(DESCRIPTORS.values());
    }

    /** @return the ions' descriptors: CalciumFixed, CalciumDetailed, CalciumFirstOrder, SodiumFixed, PotassiumFixed */
    public static List<ModelDescriptor> ions() {
        return List.of(CalciumFixed.DESCRIPTOR, CalciumDetailed.DESCRIPTOR, CalciumFirstOrder.DESCRIPTOR,
                SodiumFixed.DESCRIPTOR, PotassiumFixed.DESCRIPTOR);
    }

    /**
     * @param model a channel's BrainPy name
     * @return its descriptor
     * @throws IllegalArgumentException listing the channels when there is none of that name
     */
    public static ModelDescriptor descriptor(String model) {
        ModelDescriptor d = DESCRIPTORS.get(model);
        if (d == null) {
            throw unknown(model);
        }
        return d;
    }

    /**
     * @param model  a channel's BrainPy name
     * @param size   number of neurons, ≥ 1
     * @param params its parameters; missing ones take BrainPy's defaults
     * @return the channel
     * @throws IllegalArgumentException listing the channels when there is none of that name
     * @throws org.brainj.api.core.ParameterException for an unknown or out-of-range parameter
     */
    public static Channel create(String model, int size, Parameters params) {
        Creator c = CREATORS.get(model);
        if (c == null) {
            throw unknown(model);
        }
        return c.create(size, params);
    }

    private static IllegalArgumentException unknown(String model) {
        return new IllegalArgumentException("unknown channel '" + model + "'; known: "
                + String.join(", ", new ArrayList<>(CREATORS.keySet())));
    }
}
