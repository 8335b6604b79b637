package io.telegate.core.notify;

/** Stands for the process dying at a chosen point: an Error, so no production code catches it. */
final class SimulatedCrash extends Error {

    SimulatedCrash(String where) {
        super("simulated crash " + where);
    }
}
