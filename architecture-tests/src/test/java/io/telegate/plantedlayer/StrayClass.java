package io.telegate.plantedlayer;

/** Planted violation: a class outside every known module. */
public final class StrayClass {
}
