package io.telegate.ports.out.planted;

/** Allowed: a driven port is an interface. */
public interface PlantedRole {
    void perform(ValueTypeInOutPort value);
}
