package io.telegate.core.planted;

import java.io.File;

/** Planted violation: the core touches java.io.File. */
public final class CoreOpensFile {
    public boolean exists(String location) {
        return new File(location).exists();
    }
}
