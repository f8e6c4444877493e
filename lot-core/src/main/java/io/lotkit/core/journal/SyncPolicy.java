package io.lotkit.core.journal;

/**
 * When a {@link FileJournal} forces its appends to the storage device.
 *
 * <p>Immutable and thread-safe.
 */
public enum SyncPolicy {

    /**
     * Every append is forced to the storage device ({@code FileChannel.force}) before it is acknowledged, so an
     * acknowledged append survives a crash of the process, of the operating system, or a power loss. Concurrent
     * appends share one force (group commit). The default.
     */
    FORCE,

    /**
     * Appends are handed to the operating system and acknowledged without forcing them to the device: they survive
     * a crash of the process but may be lost if the operating system stops or the power fails. Creating the file
     * and cutting off a torn last line are not forced either. For tests and for bulk imports that can be
     * repeated.
     */
    NONE
}
