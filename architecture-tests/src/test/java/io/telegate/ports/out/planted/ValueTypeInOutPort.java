package io.telegate.ports.out.planted;

/** Planted violation: a value type in ports.out instead of ports.model. */
public record ValueTypeInOutPort(String name) {
}
