package io.lotkit.gs1;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The command line: reads one GS1 input per line from standard input and writes one JSON object per line to
 * standard output, e.g.
 *
 * <pre>
 * {"input":"(01)09501101020917(10)ABC","ok":true,"errors":[],"warnings":[],
 *  "ais":[{"ai":"01","value":"09501101020917"},{"ai":"10","value":"ABC"}],
 *  "bracketed":"(01)09501101020917(10)ABC","unbracketed":"^010950110102091710ABC",
 *  "dl":"https://id.gs1.org/01/09501101020917/10/ABC"}
 * </pre>
 *
 * <p>Options: {@code --form bracketed|unbracketed|scan|dl|gtin} forces the form (otherwise it is detected per
 * line), {@code --lenient} turns on lenient mode, {@code --permit-unknown-ais} admits unknown AIs. The exit status
 * is 0 if every line was accepted, 1 if one was rejected, 2 for a usage error.
 *
 * <p>Not thread-safe; meant to run once per process.
 */
public final class Gs1Cli {

    private static final String USAGE =
            "usage: Gs1Cli [--form bracketed|unbracketed|scan|dl|gtin] [--lenient] [--permit-unknown-ais] < inputs";

    private final ObjectMapper json = new ObjectMapper();

    private Gs1Cli() {
    }

    /**
     * Runs the command line on the process's standard streams and exits with its status.
     *
     * @param args the options
     */
    public static void main(String[] args) {
        int status = run(args, System.in, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the command line on the given streams (for embedding and tests).
     *
     * @param args the options
     * @param in the inputs, one per line, in UTF-8
     * @param out where the JSON lines go
     * @param err where a usage error goes
     * @return 0 if every line was accepted, 1 if one was rejected, 2 for a usage error
     * @throws IllegalArgumentException if an argument is {@code null}
     * @throws UncheckedIOException if reading the input fails
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args == null || in == null || out == null || err == null) {
            throw new IllegalArgumentException("args, in, out and err must not be null");
        }
        Gs1Parser.Builder builder = Gs1Parser.builder();
        Gs1InputForm form = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--lenient" -> builder.lenient(true);
                case "--permit-unknown-ais" -> builder.permitUnknownAis(true);
                case "--form" -> {
                    form = i + 1 < args.length ? formNamed(args[++i]) : null;
                    if (form == null) {
                        err.println("--form needs one of bracketed, unbracketed, scan, dl, gtin\n" + USAGE);
                        return 2;
                    }
                }
                default -> {
                    err.println("unknown option: " + args[i] + "\n" + USAGE);
                    return 2;
                }
            }
        }
        return new Gs1Cli().process(builder.build(), form, in, out);
    }

    private static Gs1InputForm formNamed(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "bracketed" -> Gs1InputForm.BRACKETED;
            case "unbracketed" -> Gs1InputForm.UNBRACKETED;
            case "scan" -> Gs1InputForm.SCAN;
            case "dl" -> Gs1InputForm.DIGITAL_LINK;
            case "gtin" -> Gs1InputForm.GTIN;
            default -> null;
        };
    }

    private int process(Gs1Parser parser, Gs1InputForm form, InputStream in, PrintStream out) {
        boolean allOk = true;
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Gs1ParseResult result = parser.tryParse(line, form != null ? form : Gs1InputForm.detect(line));
                allOk &= result.isOk();
                out.println(json.writeValueAsString(describe(line, result)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input", e);
        }
        out.flush();
        return allOk ? 0 : 1;
    }

    private ObjectNode describe(String input, Gs1ParseResult result) {
        ObjectNode node = json.createObjectNode();
        node.put("input", input);
        node.put("ok", result.isOk());
        node.set("errors", problems(result.errors()));
        node.set("warnings", problems(result.warnings()));
        ArrayNode ais = node.putArray("ais");
        result.message().ifPresent(message -> {
            for (Gs1Element element : message.elements()) {
                ais.addObject().put("ai", element.ai()).put("value", element.value());
            }
            node.put("bracketed", message.toBracketed());
            node.put("unbracketed", message.toUnbracketed());
            message.toDigitalLink().ifPresent(uri -> node.put("dl", uri));
        });
        return node;
    }

    private ArrayNode problems(List<Gs1Error> problems) {
        ArrayNode array = json.createArrayNode();
        for (Gs1Error problem : problems) {
            ObjectNode item = array.addObject();
            item.put("index", problem.index());
            item.put("ai", problem.ai());
            item.put("code", problem.reasonCode());
            item.put("message", problem.message());
        }
        return array;
    }
}
