package dev.optex.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reads untrusted JSON files within the session limits: bounded size, strict text decoding, and one-line messages
 * in plain words (Jackson's own mention configuration switches no user can act on).
 */
final class JsonText {
    private static final Pattern JACKSON_ASIDES = Pattern.compile(
            "\\s*\\(code \\d+\\)|: enable `[^`]*` to allow|, from `[^`]*`|\\s*\\(not recognized as one since Feature"
                    + " '[A-Z_]+' not enabled for parser\\)|\\s*\\(for Object starting at \\[[^]]*\\]\\)");

    private JsonText() {
    }

    /** The text of a file of at most {@link SessionLimits#MAX_FILE_BYTES}: UTF-8 (a BOM is skipped) or UTF-16 with a BOM. */
    static String read(Path file) throws SessionFormatException {
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
        return decode(bytes, name);
    }

    private static String decode(byte[] b, String name) throws SessionFormatException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(b, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(b, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new SessionFormatException(name + " is not a text file (" + charset.name() + " expected)");
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Parses JSON text within the limits on nesting depth and string and number lengths. */
    static JsonNode tree(String json) throws SessionFormatException {
        JsonNode root;
        try {
            root = SessionFiles.MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            throw new SessionFormatException("the file exceeds a limit: " + plain(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
            throw new SessionFormatException("invalid JSON at " + where + plain(e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new SessionFormatException("the file is empty");
        }
        return root;
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
