package dev.optex.session;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Reads untrusted JSON files within the session limits, stopping as soon as one is crossed, with one-line messages in
 * plain words (Jackson's own mention configuration switches no user can act on).
 */
final class JsonText {
    private static final Pattern JACKSON_ASIDES = Pattern.compile(
            "\\s*\\(code \\d+\\)|: enable `[^`]*` to allow|, from `[^`]*`|\\s*\\(not recognized as one since Feature"
                    + " '[A-Z_]+' not enabled for parser\\)|\\s*\\(for Object starting at \\[[^]]*\\]\\)");

    private JsonText() {
    }

    /**
     * The JSON tree of a file of at most {@link SessionLimits#MAX_FILE_BYTES}: UTF-8 (a byte-order mark is skipped),
     * or UTF-16/32 (Jackson detects them).
     */
    static JsonNode read(Path file) throws SessionFormatException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new SessionFormatException(name + " is a folder, not a session file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new SessionFormatException(name + " is not a regular file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Read one byte past the limit rather than trust the size the file system reports
            bytes = in.readNBytes((int) SessionLimits.MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new SessionFormatException("no such file: " + file);
        } catch (AccessDeniedException e) {
            throw new SessionFormatException("cannot read " + file + ": permission denied");
        } catch (IOException e) {
            throw new SessionFormatException("cannot read " + file + ": " + e.getMessage());
        }
        if (bytes.length > SessionLimits.MAX_FILE_BYTES) {
            throw new SessionFormatException(name + " is larger than " + SessionLimits.MAX_FILE_BYTES / (1024 * 1024)
                    + " MB, the limit for session files");
        }
        return tree(bytes);
    }

    /** Parses the bytes of a file (the encoding detected as {@link #read} describes) within the limits. */
    static JsonNode tree(byte[] bytes) throws SessionFormatException {
        try {
            return tree(SessionFiles.MAPPER.getFactory().createParser(bytes));
        } catch (IOException e) {
            throw new SessionFormatException("cannot read the file: " + e.getMessage());
        }
    }

    /** Parses JSON text within the limits. */
    static JsonNode tree(String json) throws SessionFormatException {
        try {
            return tree(SessionFiles.MAPPER.getFactory().createParser(json));
        } catch (IOException e) {
            throw new SessionFormatException("cannot parse: " + e.getMessage());
        }
    }

    /**
     * Builds the tree token by token, so that limits stop a hostile file as soon as it crosses them: nesting depth,
     * string and number lengths (the parser's constraints), {@link #MAX_NODES} nodes, and
     * {@link SessionLimits#MAX_TOTAL_ELEMENTS} numbers in parameter values. A list of numbers inside a {@code "value"}
     * field is kept as one {@link NumberList} rather than a node per number, which makes long vectors several times
     * faster to read.
     */
    private static JsonNode tree(JsonParser p) throws SessionFormatException {
        try (p) {
            if (p.nextToken() == null) {
                throw new SessionFormatException("the file is empty");
            }
            JsonNode root = new Builder(p).value(false);
            if (p.nextToken() != null) {
                throw new SessionFormatException("invalid JSON at " + where(p) + "more content after the end of the"
                        + " JSON value");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new SessionFormatException("the file exceeds a limit: " + plain(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
            throw new SessionFormatException("invalid JSON at " + where + plain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new SessionFormatException("cannot read the file: " + e.getMessage());
        }
    }

    /** The numbers of a list in a parameter's value, held by a {@link POJONode}. */
    record NumberList(double[] values) {
    }

    /**
     * Most nodes (objects, lists, strings, numbers outside the number lists of parameter values) in one file; a
     * matrix has at most this many rows.
     */
    static final int MAX_NODES = 200_000;
    /** Most fields in one JSON object (a session's objects have a handful). */
    static final int MAX_FIELDS = 10_000;

    private static final class Builder {
        private final JsonParser p;
        private final JsonNodeFactory nf = JsonNodeFactory.instance;
        private long nodes;
        private long numbers;

        Builder(JsonParser p) {
            this.p = p;
        }

        /** The value at the current token; {@code inValue} below a {@code "value"} field. */
        JsonNode value(boolean inValue) throws IOException, SessionFormatException {
            if (++nodes > MAX_NODES) {
                throw new SessionFormatException("the file exceeds a limit: more than " + MAX_NODES
                        + " JSON values (lists, objects, strings, numbers outside long lists)");
            }
            switch (p.currentToken()) {
                case START_OBJECT: {
                    ObjectNode o = nf.objectNode();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        if (o.size() == MAX_FIELDS) {
                            throw new SessionFormatException("the file exceeds a limit: an object with more than "
                                    + MAX_FIELDS + " fields");
                        }
                        String field = p.currentName();
                        p.nextToken();
                        o.set(field, value(inValue || field.equals("value")));
                    }
                    return o;
                }
                case START_ARRAY:
                    return inValue ? numbers() : array(false);
                case VALUE_STRING:
                    return nf.textNode(p.getText());
                case VALUE_NUMBER_INT:
                    switch (p.getNumberType()) {
                        case INT: return nf.numberNode(p.getIntValue());
                        case LONG: return nf.numberNode(p.getLongValue());
                        default: return nf.numberNode(p.getBigIntegerValue());
                    }
                case VALUE_NUMBER_FLOAT:
                    return nf.numberNode(p.getDoubleValue());
                case VALUE_TRUE:
                    return nf.booleanNode(true);
                case VALUE_FALSE:
                    return nf.booleanNode(false);
                default:
                    return nf.nullNode();
            }
        }

        private ArrayNode array(boolean inValue) throws IOException, SessionFormatException {
            ArrayNode a = nf.arrayNode();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                a.add(value(inValue));
            }
            return a;
        }

        /** A list in a parameter's value: compact while it holds only numbers, nodes from the first other item. */
        private JsonNode numbers() throws IOException, SessionFormatException {
            double[] v = new double[16];
            int n = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (!t.isNumeric()) {
                    ArrayNode a = nf.arrayNode();
                    for (int i = 0; i < n; i++) {
                        a.add(v[i]);
                    }
                    a.add(value(true));
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        a.add(value(true));
                    }
                    return a;
                }
                if (n == SessionLimits.MAX_PARAM_ELEMENTS) {
                    throw new SessionFormatException("the file exceeds a limit: a list of more than "
                            + SessionLimits.MAX_PARAM_ELEMENTS + " numbers (the most a parameter holds)");
                }
                if (++numbers > SessionLimits.MAX_TOTAL_ELEMENTS) {
                    throw new SessionFormatException("the file exceeds a limit: its parameter values hold more than "
                            + SessionLimits.MAX_TOTAL_ELEMENTS + " numbers");
                }
                if (n == v.length) {
                    v = Arrays.copyOf(v, n * 2);
                }
                v[n++] = p.getDoubleValue();
            }
            return new POJONode(new NumberList(Arrays.copyOf(v, n)));
        }
    }

    private static String where(JsonParser p) {
        return "line " + p.currentLocation().getLineNr() + ", column " + p.currentLocation().getColumnNr() + ": ";
    }

    /** The first line of a parser message without its asides about parser settings. */
    private static String plain(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl).strip();
        m = m.replaceAll("\\(\\(CTRL-CHAR, code \\d+\\)\\)", "(a control character)")
                .replaceAll("^Non-standard token '([^']*)'.*", "'$1' is not a JSON number (session files hold finite numbers)");
        return JACKSON_ASIDES.matcher(m).replaceAll("");
    }
}
