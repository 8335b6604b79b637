package io.telegate.adapters.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What a file looked like when last seen (inode, size, modification time), to tell cheaply whether it changed.
 * Every rewrite of the archive renames a new file into place, so a rewrite changes the inode as well.
 *
 * @param fileKey  the file system's identity of the file (the inode), null where unsupported
 * @param size     size in bytes
 * @param modified last modification time
 */
record FileStamp(Object fileKey, long size, FileTime modified) {

    /** The stamp of a missing file. */
    static final FileStamp ABSENT = new FileStamp(null, -1, FileTime.fromMillis(0));

    static FileStamp of(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
    }
}
