package io.lotkit.gs1;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates the built-in AI table from a dictionary in GS1's published syntax. Run from the module directory:
 * {@code java ... io.lotkit.gs1.GenerateAiTable ../../shared/gs1/gs1-syntax-dictionary.txt
 * src/main/resources/io/lotkit/gs1/ai-table.tsv}.
 */
final class GenerateAiTable {

    private GenerateAiTable() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateAiTable <gs1-syntax-dictionary.txt> <ai-table.tsv>");
        }
        Gs1Dictionary dictionary = Gs1Dictionary.load(Path.of(args[0]));
        Files.writeString(Path.of(args[1]), dictionary.toTable(), StandardCharsets.UTF_8);
    }
}
