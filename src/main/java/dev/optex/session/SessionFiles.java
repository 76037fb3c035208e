package dev.optex.session;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.optex.autograd.DType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Reads and writes session files (format {@code optex-session}, version 1) with Jackson. Reading validates structure
 * and limits and reports the first problem as one line naming the field; writing goes to a temporary file that is then
 * renamed over the target, so a crash never leaves a half-written file.
 */
public final class SessionFiles {
    static final ObjectMapper MAPPER = createMapper();

    private SessionFiles() {
    }

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(SessionLimits.MAX_JSON_DEPTH)
                        .maxStringLength(SessionLimits.MAX_STRING_CHARS)
                        .maxNumberLength(400)
                        .build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                .build();
        return new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** Reads a session file (UTF-8, with or without a byte-order mark, or UTF-16 with one). */
    public static SessionSpec read(Path file) throws SessionFormatException {
        return SessionReader.read(JsonText.read(file));
    }

    /** Reads any JSON file of the app (e.g. autosave's) within the limits that apply to session files. */
    public static JsonNode readJson(Path file) throws SessionFormatException {
        return JsonText.read(file);
    }

    /** Writes a JSON tree atomically, as {@link #writeAtomically} does. */
    public static void writeJson(Path file, JsonNode tree) throws IOException {
        writeAtomically(file, MAPPER.writeValueAsBytes(tree));
    }

    /** Parses session JSON text. */
    public static SessionSpec parse(String json) throws SessionFormatException {
        return SessionReader.read(JsonText.tree(json));
    }

    /** The session as JSON text (what {@link #write} stores). */
    public static String toJson(SessionSpec spec) {
        try {
            return MAPPER.writeValueAsString(toTree(spec)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the session atomically: a temporary file in the same folder, flushed to disk, then renamed.
     *
     * @throws IOException also when the file would exceed {@link SessionLimits#MAX_FILE_BYTES} (the file stays as it
     *     was)
     */
    public static void write(SessionSpec spec, Path file) throws IOException {
        ObjectNode tree = toTree(spec);
        // Streamed to the temporary file: a session far over the limit is measured, never held as text in memory.
        writeAtomically(file, out -> {
            CappedStream capped = new CappedStream(out, SessionLimits.MAX_FILE_BYTES);
            MAPPER.writeValue(capped, tree);
            capped.write('\n');
            if (capped.count() > SessionLimits.MAX_FILE_BYTES) {
                throw new IOException(tooLarge(capped.count()));
            }
        });
    }

    /** Why a session of {@code bytes} is not written; its size rounded up, so never "64 MB, more than 64 MB". */
    static String tooLarge(long bytes) {
        long mb = 1024 * 1024;
        return "the session takes " + (bytes + mb - 1) / mb + " MB, more than the " + SessionLimits.MAX_FILE_BYTES / mb
                + " MB a session file may hold, so it could not be opened again";
    }

    /** Replaces {@code file} with {@code bytes} so that readers see either the old or the new content, never a mix. */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        writeAtomically(file, out -> out.write(bytes));
    }

    /** What {@link #writeAtomically(Path, Content)} puts in the file; throwing leaves the old file as it was. */
    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static ObjectNode toTree(SessionSpec spec) {
        JsonNodeFactory nf = JsonNodeFactory.instance;
        ObjectNode root = nf.objectNode();
        root.put("format", SessionSpec.FORMAT);
        root.put("version", SessionSpec.VERSION);
        root.put("dtype", spec.dtype().shortName());
        root.set("params", paramsTree(spec.params()));
        root.put("loss", spec.loss());
        ArrayNode runs = root.putArray("runs");
        spec.runs().forEach(r -> runs.add(runTree(r)));
        return root;
    }

    static ArrayNode paramsTree(java.util.List<ParamSpec> ps) {
        ArrayNode params = JsonNodeFactory.instance.arrayNode();
        for (ParamSpec p : ps) {
            ObjectNode o = params.addObject();
            o.put("name", p.name());
            o.set("value", valueTree(p.value()));
            if (!p.requiresGrad()) {
                o.put("requiresGrad", false);
            }
        }
        return params;
    }

    static ObjectNode runTree(RunSpec r) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("label", r.label());
        o.put("optimizer", r.optimizer());
        o.set("options", MAPPER.valueToTree(r.options()));
        if (r.scheduler() != null) {
            ObjectNode s = o.putObject("scheduler");
            s.put("type", r.scheduler().type());
            s.set("options", MAPPER.valueToTree(r.scheduler().options()));
        }
        if (r.color() != null) {
            o.put("color", r.color());
        }
        return o;
    }

    private static JsonNode valueTree(ParamValue v) {
        JsonNodeFactory nf = JsonNodeFactory.instance;
        if (v.isFilled()) {
            ObjectNode o = nf.objectNode();
            o.put("fill", v.fill());
            o.put("size", v.numel());
            return o;
        }
        int[] shape = v.shape();
        if (shape.length == 0) {
            return nf.numberNode(v.get(0));
        }
        return nested(v, shape, 0, 0);
    }

    private static ArrayNode nested(ParamValue v, int[] shape, int dim, int offset) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        int stride = 1;
        for (int k = dim + 1; k < shape.length; k++) {
            stride *= shape[k];
        }
        for (int i = 0; i < shape[dim]; i++) {
            if (dim == shape.length - 1) {
                a.add(v.get(offset + i));
            } else {
                a.add(nested(v, shape, dim + 1, offset + i * stride));
            }
        }
        return a;
    }
}
