package dev.optex.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.optex.autograd.TorchException;
import dev.optex.expr.ExprException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Untrusted session files through the window's load path ({@code SessionFiles.read} then {@code Explorer.open}):
 * each either loads within the limits or fails with a one-line {@link SessionFormatException},
 * {@link ExprException} or {@link TorchException}, and a hostile file is rejected in well under a second.
 */
class HostileFilesTest {
    static final String VALID = "{\"format\":\"optex-session\",\"version\":1,\"dtype\":\"float32\","
            + "\"params\":[{\"name\":\"a\",\"value\":[2,3]},{\"name\":\"b\",\"value\":[6,4]}],"
            + "\"loss\":\"sum(3*a**3 - b**2)\","
            + "\"runs\":[{\"label\":\"SGD\",\"optimizer\":\"SGD\",\"options\":{\"lr\":0.005}},"
            + "{\"label\":\"Adam\",\"optimizer\":\"Adam\",\"options\":{\"lr\":0.1}}]}";
    /** Rejecting a hostile file; loading a valid file of a million numbers may take longer. */
    static final long MAX_MS = 1000;
    static final long MAX_MS_VALID_MILLION = 3000;

    @TempDir
    static Path dir;
    static long slowestRejection;
    static String slowestFile;

    @BeforeAll
    static void warmUp() throws Exception {
        Files.writeString(dir.resolve("warm.json"), VALID);
        for (int i = 0; i < 20; i++) {
            Explorer.open(SessionFiles.read(dir.resolve("warm.json")));
        }
    }

    @AfterAll
    static void report() {
        System.out.println("hostile files: the slowest rejection took " + slowestRejection + " ms (" + slowestFile
                + ")");
    }

    /** What the window would show: "loaded" or the exception's one-line message; fails on any other exception. */
    static String load(Path file) {
        return load(file, MAX_MS);
    }

    static String load(Path file, long maxMs) {
        long best = Long.MAX_VALUE;
        String outcome = null;
        for (int attempt = 0; attempt < 2; attempt++) { // the faster of two, so a busy machine does not fail it
            long start = System.nanoTime();
            try {
                Explorer.open(SessionFiles.read(file));
                outcome = "loaded";
            } catch (SessionFormatException | ExprException | TorchException e) {
                outcome = e.getMessage();
                assertThat(outcome).isNotBlank().doesNotContain("\n");
            } catch (Throwable t) {
                fail("%s threw %s", file.getFileName(), t, t);
            }
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        assertThat(best).as("milliseconds to load %s", file.getFileName()).isLessThan(maxMs);
        if (!"loaded".equals(outcome) && best > slowestRejection) {
            slowestRejection = best;
            slowestFile = file.getFileName().toString();
        }
        return outcome;
    }

    static String load(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return load(f);
    }

    static String load(String name, String text) throws Exception {
        return load(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static String valid(String find, String replace) {
        assertThat(VALID).contains(find);
        return VALID.replace(find, replace);
    }

    static String numbers(int n, Function<Integer, String> number) {
        return IntStream.range(0, n).mapToObj(number::apply).collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void truncatedFilesNameTheLineAndColumn() throws Exception {
        for (int cut : new int[] {1, 40, VALID.length() / 2, VALID.length() - 1}) {
            assertThat(load("cut" + cut + ".json", VALID.substring(0, cut))).startsWith("invalid JSON at line 1,");
        }
    }

    @Test
    void wrongTypesNameTheField() throws Exception {
        assertThat(load("t1.json", valid("{\"name\":\"a\",\"value\":[2,3]}", "\"a\"")))
                .startsWith("params[0]: expected an object with \"name\" and \"value\" (found the string \"a\")");
        assertThat(load("t2.json", valid("[2,3]", "true")))
                .startsWith("params[0].value: expected a number, a list of numbers or {\"fill\": x, \"size\": n}"
                        + " (found true)");
        assertThat(load("t3.json", valid("{\"lr\":0.005}", "[0.005]")))
                .isEqualTo("runs[0].options: expected an object of keyword options (found a list)");
        assertThat(load("t4.json", valid("\"version\":1", "\"version\":\"1\"")))
                .isEqualTo("version: expected the number 1 (found the string \"1\")");
        assertThat(load("t5.json", valid("\"dtype\":\"float32\"", "\"dtype\":32")))
                .isEqualTo("dtype: expected \"float32\" or \"float64\" (found the number 32)");
        assertThat(load("t6.json", valid("{\"lr\":0.005}", "{\"lr\":\"fast\"}")))
                .isEqualTo("SGD.__init__(): argument 'lr' must be a number (int or float), not str");
    }

    @Test
    void hugeNumbersAreOutOfRange() throws Exception {
        assertThat(load("h1.json", valid("[2,3]", "[1e308,3]")))
                .isEqualTo("params[0].value[0]: 1e+308 is out of the range of float32");
        assertThat(load("h2.json", valid("[2,3]", "[1e999,3]")))
                .isEqualTo("params[0].value[0]: the number is too large for float32 (at most 1.8e+308 in magnitude)");
        assertThat(load("h3.json", valid("{\"lr\":0.005}", "{\"lr\":1e999}")))
                .isEqualTo("runs[0].options.lr: the number is too large for a float (at most 1.8e+308 in magnitude)");
        assertThat(load("h4.json", valid("{\"lr\":0.005}", "{\"momentum\":123456789012345678901234567890}")))
                .isEqualTo("runs[0].options.momentum: integer 123456789012345678901234567890 is too large");
        assertThat(load("h5.json", valid("[2,3]", "[" + "9".repeat(1000) + "]")))
                .isEqualTo("the file exceeds a limit: Number value length (1000) exceeds the maximum allowed (400)");
        assertThat(load("h6.json", valid("[2,3]", "[1e300,3]").replace("float32", "float64"))).isEqualTo("loaded");
    }

    @Test
    void nanAndInfinityTokensAreNotNumbers() throws Exception {
        for (String token : new String[] {"NaN", "Infinity", "-Infinity"}) {
            assertThat(load("n.json", valid("[2,3]", "[" + token + ",3]")))
                    .matches("invalid JSON at line 1, column \\d+: '-?(NaN|Infinity)' is not a JSON number.*");
        }
    }

    @Test
    void longStringsAndDeepNesting() throws Exception {
        assertThat(load("s1.json", valid("sum(3*a**3 - b**2)", "a".repeat(10_000_000))))
                .startsWith("the file exceeds a limit: String value length (");
        assertThat(load("s2.json", valid("sum(3*a**3 - b**2)", "sum(a) + " + "0*b[0] + ".repeat(3000) + "1")))
                .startsWith("expression too long at column 10001; the limit is 10000 characters");
        assertThat(load("s3.json", "[".repeat(100_000) + "]".repeat(100_000)))
                .startsWith("the file exceeds a limit: Document nesting depth (33) exceeds the maximum allowed (32)");
        assertThat(load("s4.json", valid("sum(3*a**3 - b**2)", "(".repeat(150) + "sum(a)" + ")".repeat(150))))
                .isEqualTo("expression nested too deeply at column 101; the limit is 100 levels of brackets");
        assertThat(load("s5.json", valid("sum(3*a**3 - b**2)", "sum(a) * 9**9**9")))
                .isEqualTo("integer result too large (more than 65536 bits) at column 11");
    }

    @Test
    void aMillionElementVectorLoads() throws Exception {
        Random r = new Random(1);
        String json = valid("[2,3]", numbers(1_000_000, i -> Double.toString(r.nextGaussian())))
                .replace("sum(3*a**3 - b**2)", "sum(a**2) + sum(b**2)");
        Files.writeString(dir.resolve("m.json"), json);
        assertThat(load(dir.resolve("m.json"), MAX_MS_VALID_MILLION)).isEqualTo("loaded");
        SessionSpec spec = SessionFiles.read(dir.resolve("m.json"));
        assertThat(spec.params().get(0).value().numel()).isEqualTo(1_000_000);
    }

    @Test
    void vectorsBeyondTheLimitsAreRejectedWhileReading() throws Exception {
        assertThat(load("big1.json", valid("[2,3]", numbers(2_100_000, i -> "0.25"))))
                .isEqualTo("the file exceeds a limit: a list of more than 2000000 numbers (the most a parameter"
                        + " holds)");
        String two = "[{\"name\":\"a\",\"value\":{\"fill\":1,\"size\":2000000}},{\"name\":\"b\",\"value\":{\"fill\":1,"
                + "\"size\":2000000}},{\"name\":\"c\",\"value\":[1]}]";
        assertThat(load("big2.json", valid("[{\"name\":\"a\",\"value\":[2,3]},{\"name\":\"b\",\"value\":[6,4]}]", two)))
                .isEqualTo("params[2].value: the parameters hold more than 4000000 elements in total, the limit");
        String runs = IntStream.range(0, 16).mapToObj(i -> "{\"label\":\"r" + i + "\",\"optimizer\":\"SGD\"}")
                .collect(Collectors.joining(",", "[", "]"));
        assertThat(load("big3.json", valid("[2,3]", "{\"fill\":1,\"size\":1000000}").replaceAll("\"runs\":\\[.*]}$",
                "\"runs\":" + runs + "}"))).isEqualTo("runs: 16 runs of 1000002 parameter elements each exceed the"
                        + " limit of 8000000 elements over all runs");
        String costly = valid("[2,3]", "{\"fill\":1,\"size\":2000000}")
                .replace("sum(3*a**3 - b**2)", "sum(a" + "+a".repeat(200) + ")");
        assertThat(load("big4.json", costly)).isEqualTo("the expression is too costly for parameters of 2000000"
                + " elements at column 1; it has 201 operations, at most 50 are allowed at that size");
        assertThat(load("big5.json", valid("[2,3]", numbers(300_000, i -> "[1]"))))
                .startsWith("the file exceeds a limit: more than 200000 JSON values");
        String many = IntStream.range(0, 3).mapToObj(i -> "{\"name\":\"p" + i + "\",\"value\":"
                + numbers(1_400_000, k -> "1") + "}").collect(Collectors.joining(",", "[", "]"));
        assertThat(load("big6.json", valid("[{\"name\":\"a\",\"value\":[2,3]},{\"name\":\"b\",\"value\":[6,4]}]",
                many))).isEqualTo("the file exceeds a limit: its parameter values hold more than 4000000 numbers");
    }

    @Test
    void unknownFieldsFromANewerVersionAreIgnored() throws Exception {
        assertThat(load("u1.json", valid("\"dtype\"", "\"author\":\"x\",\"future\":{\"deep\":[1,{\"x\":null}]},"
                + "\"dtype\"").replace("\"lr\":0.005}", "\"lr\":0.005},\"notes\":\"hi\""))).isEqualTo("loaded");
        assertThat(load("u2.json", valid("\"version\":1", "\"version\":2")))
                .isEqualTo("version: this is a version 2 session; this Optimizer Explorer reads version 1");
    }

    @Test
    void byteOrderMarksAndUtf16AreRead() throws Exception {
        byte[] utf8 = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertThat(load("bom.json", bom)).isEqualTo("loaded");
        assertThat(load("utf16.json", VALID.getBytes(StandardCharsets.UTF_16))).isEqualTo("loaded"); // with a BOM
        assertThat(load("utf16le.json", VALID.getBytes(StandardCharsets.UTF_16LE))).isEqualTo("loaded");
        assertThat(load("latin1.json", valid("\"SGD\",\"optimizer\"", "\"SGDé\",\"optimizer\"")
                .getBytes(StandardCharsets.ISO_8859_1))).startsWith("invalid JSON at line 1, column")
                .contains("Invalid UTF-8");
    }

    @Test
    void garbageEmptyFilesAndFolders() throws Exception {
        byte[] garbage = new byte[100_000];
        new Random(3).nextBytes(garbage);
        assertThat(load("garbage.bin", garbage)).startsWith("invalid JSON at line 1, column");
        assertThat(load("empty.json", new byte[0])).isEqualTo("the file is empty");
        assertThat(load("blank.json", "  \n\t ")).isEqualTo("the file is empty");
        Files.createDirectories(dir.resolve("folder.json"));
        assertThat(load(dir.resolve("folder.json"))).isEqualTo("folder.json is a folder, not a session file");
        assertThat(load(dir.resolve("missing.json"))).startsWith("no such file: ");
        Path huge = dir.resolve("huge.json");
        try (var out = Files.newOutputStream(huge)) {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 65; i++) {
                out.write(spaces);
            }
        }
        assertThat(load(huge)).isEqualTo("huge.json is larger than 64 MB, the limit for session files");
    }

    @Test
    void structuralLimits() throws Exception {
        assertThat(load("d1.json", valid("\"loss\":\"sum(3*a**3 - b**2)\",", "\"loss\":\"x\",\"loss\":\"y\",")))
                .endsWith("Duplicate field 'loss'");
        String params = IntStream.range(0, 65).mapToObj(i -> "{\"name\":\"p" + i + "\",\"value\":1}")
                .collect(Collectors.joining(",", "[", "]"));
        assertThat(load("d2.json", valid("[{\"name\":\"a\",\"value\":[2,3]},{\"name\":\"b\",\"value\":[6,4]}]",
                params))).isEqualTo("params: 65 parameters; the limit is 64");
        assertThat(load("d3.json", valid("\"name\":\"b\"", "\"name\":\"e\"").replace("b**2", "e**2")))
                .isEqualTo("loaded"); // the parameter hides the constant, as in Python
        assertThat(load("d4.json", valid("\"label\":\"SGD\"", "\"label\":\"S\\nGD\"")))
                .startsWith("runs[0].label: labels are at most 64 characters without line breaks");
        String manyRuns = IntStream.range(0, 100_000).mapToObj(i -> "{}").collect(Collectors.joining(",", "[", "]"));
        assertThat(load("d5.json", VALID.replaceAll("\"runs\":\\[.*]}$", "\"runs\":" + manyRuns + "}")))
                .isEqualTo("runs: 100000 runs; the limit is 16");
        String fields = IntStream.range(0, 20_000).mapToObj(i -> "\"k" + i + "\":1")
                .collect(Collectors.joining(",", "{", "}"));
        assertThat(load("d6.json", valid("{\"lr\":0.005}", fields)))
                .isEqualTo("the file exceeds a limit: an object with more than 10000 fields");
        assertThat(load("d7.json", valid("[2,3]", "[[1,2],[3]]")))
                .startsWith("params[0].value[1]: nested lists must be rectangular");
    }

    @Test
    void problemsOnlyOpeningRevealsUseTheLanguagesAndPyTorchsMessages() throws Exception {
        assertThat(load("o1.json", valid("sum(3*a**3 - b**2)", "3*a**3 - b**2")))
                .isEqualTo("the loss must be one number, but it has shape [2] at column 1; wrap it in sum(...) or"
                        + " mean(...)");
        assertThat(load("o2.json", valid("sum(3*a**3 - b**2)", "sum(c)")))
                .isEqualTo("unknown name 'c' at column 5; known names: a, b");
        assertThat(load("o3.json", valid("{\"lr\":0.005}", "{\"lr\":-1}"))).isEqualTo("Invalid learning rate: -1");
        assertThat(load("o4.json", valid("\"optimizer\":\"SGD\"", "\"optimizer\":\"Magic\"")))
                .startsWith("module 'torch.optim' has no attribute 'Magic'");
        assertThat(load("o5.json", valid("[6,4]", "[6,4,5]")))
                .isEqualTo("The size of tensor a (2) must match the size of tensor b (3) at non-singleton"
                        + " dimension 0");
    }
}
