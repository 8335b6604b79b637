package io.telegate.ports.out.planted;

/** Allowed: a port's failure is an exception. */
public final class PlantedRoleFailure extends RuntimeException {
    public PlantedRoleFailure(String message) {
        super(message);
    }
}
