package io.lotkit.gs1;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the GS1 reference folder {@code ../shared/gs1} beside the project, which CI always provides. */
final class SharedGs1Material {

    private SharedGs1Material() {
    }

    /** Returns the folder, or skips the calling test (a JUnit assumption) when it is absent. */
    static Path folder() {
        String configured = System.getProperty("lotkit.gs1.shared");
        Path[] candidates = {
            configured == null ? null : Path.of(configured),
            Path.of("..", "..", "shared", "gs1"), // from the module directory: <project>/../shared/gs1
            Path.of("..", "shared", "gs1")         // from the project directory
        };
        for (Path candidate : candidates) {
            if (candidate != null && Files.isRegularFile(candidate.resolve("gs1-syntax-dictionary.txt"))) {
                return candidate;
            }
        }
        assumeTrue(false, "../shared/gs1 is not present; conformance against the GS1 material is skipped");
        throw new AssertionError("unreachable");
    }
}
