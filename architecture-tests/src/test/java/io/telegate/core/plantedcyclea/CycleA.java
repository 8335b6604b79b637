package io.telegate.core.plantedcyclea;

import io.telegate.core.plantedcycleb.CycleB;

/** Planted violation: half of a cycle between two core capabilities. */
public final class CycleA {
    public CycleB next() {
        return new CycleB();
    }
}
