package io.lotkit.genealogy;

import java.util.ArrayList;
import java.util.List;

/**
 * The subgraph a trace followed, over the trace's slots (slot 0 is the traced lot), in compressed sparse rows: the
 * successors of slot {@code s} in search direction are {@code targets[start[s] .. start[s + 1])}. It answers the
 * questions that need the subgraph again, paths and cycles, with iterative searches that cannot overflow the stack.
 *
 * <p>Immutable once built; thread-safe for reading.
 */
final class SlotGraph {

    private final int slotCount;
    private final int[] start;
    private final int[] targets;

    SlotGraph(int slotCount, int[] from, int[] to, int edgeCount) {
        this.slotCount = slotCount;
        this.start = new int[slotCount + 1];
        for (int i = 0; i < edgeCount; i++) {
            start[from[i] + 1]++;
        }
        for (int s = 0; s < slotCount; s++) {
            start[s + 1] += start[s];
        }
        this.targets = new int[edgeCount];
        int[] fill = start.clone();
        for (int i = 0; i < edgeCount; i++) {
            targets[fill[from[i]]++] = to[i];
        }
    }

    /**
     * Returns the cycles met by a depth-first search from slot 0, one per edge that closes a cycle, each as slots
     * from the cycle's first slot around and back to it; at most {@code limit} of them.
     */
    List<int[]> cycles(int limit) {
        List<int[]> cycles = new ArrayList<>();
        byte[] state = new byte[slotCount]; // 0 unseen, 1 on the current path, 2 finished
        int[] path = new int[slotCount];
        int[] cursor = new int[slotCount];
        int depth = 0;
        path[0] = 0;
        cursor[0] = start[0];
        state[0] = 1;
        while (depth >= 0) {
            int slot = path[depth];
            if (cursor[depth] == start[slot + 1]) {
                state[slot] = 2;
                depth--;
                continue;
            }
            int next = targets[cursor[depth]++];
            if (state[next] == 1) {
                if (cycles.size() < limit) {
                    cycles.add(cycleEndingAt(path, depth, next));
                } else {
                    return cycles;
                }
            } else if (state[next] == 0) {
                state[next] = 1;
                depth++;
                path[depth] = next;
                cursor[depth] = start[next];
            }
        }
        return cycles;
    }

    private static int[] cycleEndingAt(int[] path, int depth, int first) {
        int from = depth;
        while (path[from] != first) {
            from--;
        }
        int[] cycle = new int[depth - from + 2];
        System.arraycopy(path, from, cycle, 0, depth - from + 1);
        cycle[cycle.length - 1] = first;
        return cycle;
    }

    /** Returns up to {@code limit} simple paths from slot 0 to {@code target}, as slots. */
    List<int[]> paths(int target, int limit) {
        boolean[] leadsToTarget = slotsReaching(target);
        List<int[]> paths = new ArrayList<>();
        if (!leadsToTarget[0]) {
            return paths;
        }
        boolean[] onPath = new boolean[slotCount];
        int[] path = new int[slotCount];
        int[] cursor = new int[slotCount];
        int depth = 0;
        path[0] = 0;
        cursor[0] = start[0];
        onPath[0] = true;
        if (target == 0) {
            paths.add(new int[] {0});
            return paths;
        }
        while (depth >= 0 && paths.size() < limit) {
            int slot = path[depth];
            if (cursor[depth] == start[slot + 1]) {
                onPath[slot] = false;
                depth--;
                continue;
            }
            int next = targets[cursor[depth]++];
            if (onPath[next] || !leadsToTarget[next]) {
                continue;
            }
            if (next == target) {
                int[] found = new int[depth + 2];
                System.arraycopy(path, 0, found, 0, depth + 1);
                found[depth + 1] = target;
                paths.add(found);
                continue;
            }
            onPath[next] = true;
            depth++;
            path[depth] = next;
            cursor[depth] = start[next];
        }
        return paths;
    }

    /** Marks the slots from which {@code target} can be reached, by a search over the reversed edges. */
    private boolean[] slotsReaching(int target) {
        int[] predecessorStart = new int[slotCount + 1];
        for (int s = 0; s < slotCount; s++) {
            for (int i = start[s]; i < start[s + 1]; i++) {
                predecessorStart[targets[i] + 1]++;
            }
        }
        for (int s = 0; s < slotCount; s++) {
            predecessorStart[s + 1] += predecessorStart[s];
        }
        int[] predecessors = new int[targets.length];
        int[] fill = predecessorStart.clone();
        for (int s = 0; s < slotCount; s++) {
            for (int i = start[s]; i < start[s + 1]; i++) {
                predecessors[fill[targets[i]]++] = s;
            }
        }
        boolean[] reaches = new boolean[slotCount];
        int[] queue = new int[slotCount];
        int tail = 0;
        reaches[target] = true;
        queue[tail++] = target;
        for (int head = 0; head < tail; head++) {
            int slot = queue[head];
            for (int i = predecessorStart[slot]; i < predecessorStart[slot + 1]; i++) {
                if (!reaches[predecessors[i]]) {
                    reaches[predecessors[i]] = true;
                    queue[tail++] = predecessors[i];
                }
            }
        }
        return reaches;
    }
}
