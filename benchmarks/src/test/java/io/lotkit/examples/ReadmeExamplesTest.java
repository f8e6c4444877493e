package io.lotkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles and runs every {@code ```java} block of the root README.md, so that the examples cannot rot.
 *
 * <p>A block is the body of a {@code main} method; the usual Lotkit, java.time, java.math, java.nio.file and
 * java.util imports are in scope. When a {@code ```text} block follows it directly (only blank lines between), the
 * example's standard output must equal that block.
 */
class ReadmeExamplesTest {

    private static final String IMPORTS = String.join("\n",
            "import io.lotkit.core.*;",
            "import io.lotkit.core.format.*;",
            "import io.lotkit.core.sequence.*;",
            "import io.lotkit.core.spi.*;",
            "import io.lotkit.core.journal.*;",
            "import io.lotkit.core.json.*;",
            "import io.lotkit.gs1.*;",
            "import io.lotkit.fefo.*;",
            "import io.lotkit.genealogy.*;",
            "import java.math.*;",
            "import java.nio.file.*;",
            "import java.time.*;",
            "import java.util.*;",
            "");

    record Example(int line, String code, String expectedOutput) {}

    @TestFactory
    Stream<DynamicTest> readmeExamplesCompileAndRun() throws IOException {
        List<Example> examples = extract(Files.readAllLines(readme(), StandardCharsets.UTF_8));
        assertThat(examples).as("README.md has Java examples").isNotEmpty();
        return examples.stream().map(example -> DynamicTest.dynamicTest(
                "README.md line " + example.line(), () -> run(example)));
    }

    static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("README.md");
            if (Files.exists(candidate) && Files.exists(dir.resolve("lot-core"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no README.md beside lot-core above " + Path.of("").toAbsolutePath());
    }

    static List<Example> extract(List<String> lines) {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```java")) {
                continue;
            }
            int start = i + 1;
            StringBuilder code = new StringBuilder();
            for (i = start; !lines.get(i).strip().equals("```"); i++) {
                code.append(lines.get(i)).append('\n');
            }
            int next = i + 1;
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            String expected = null;
            if (next < lines.size() && lines.get(next).strip().equals("```text")) {
                StringBuilder out = new StringBuilder();
                for (i = next + 1; !lines.get(i).strip().equals("```"); i++) {
                    out.append(lines.get(i)).append('\n');
                }
                expected = out.toString();
            }
            examples.add(new Example(start, code.toString(), expected));
        }
        return examples;
    }

    private static void run(Example example) throws Exception {
        String className = "ReadmeExample" + example.line();
        String source = IMPORTS + "public class " + className + " {\n"
                + "  public static void main(String[] args) throws Exception {\n"
                + example.code() + "  }\n}\n";
        Class<?> compiled = compile(className, source);
        Method main = compiled.getMethod("main", String[].class);
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        original.print(output);
        if (example.expectedOutput() != null) {
            assertThat(output.replace("\r\n", "\n")).isEqualTo(example.expectedOutput());
        }
    }

    private static Class<?> compile(String className, String source) throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new java.util.HashMap<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
        JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + name + kind.extension), kind) {
                    @Override
                    public java.io.OutputStream openOutputStream() {
                        return classes.computeIfAbsent(name, n -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        List<String> options = List.of("--release", "17", "-classpath", testClassPath());
        boolean ok = compiler.getTask(null, manager, diagnostics, options, null, List.of(file)).call();
        if (!ok) {
            StringBuilder report = new StringBuilder("README example does not compile:\n");
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                report.append("  line ").append(d.getLineNumber() - IMPORTS.lines().count() - 2)
                        .append(" of the example: ").append(d.getMessage(null)).append('\n');
            }
            throw new AssertionError(report.toString());
        }
        ClassLoader loader = new ClassLoader(ReadmeExamplesTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] b = bytes.toByteArray();
                return defineClass(name, b, 0, b.length);
            }
        };
        return loader.loadClass(className);
    }

    /** Surefire runs tests from a manifest-only jar; it publishes the real class path in this property. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
