package io.telegate.adapters.plantedtech;

/** Planted violation: an adapter of a technology the architecture rules do not know. */
public final class StrayAdapter {
}
