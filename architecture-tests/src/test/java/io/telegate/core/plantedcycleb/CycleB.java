package io.telegate.core.plantedcycleb;

import io.telegate.core.plantedcyclea.CycleA;

/** Planted violation: the other half of a cycle between two core capabilities. */
public final class CycleB {
    public CycleA previous() {
        return new CycleA();
    }
}
