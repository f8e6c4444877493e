package io.lotkit.core.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** Opens the journal file's channel: a seam that lets tests inject I/O failures. */
@FunctionalInterface
interface ChannelOpener {

    /** Opens the file for reading and writing, creating it if absent. */
    FileChannel open(Path file) throws IOException;
}
