package dev.optex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The session-level reference set that {@code gen_session_cases.py} made with real PyTorch
 * ({@code src/test/resources/dev/optex/session}): {@code index.json} with its sessions and error cases, the session
 * files and their expected CSVs.
 */
final class SessionCases {
    private static final String BASE = "/dev/optex/session/";
    private static JsonNode index;

    private SessionCases() {
    }

    static synchronized JsonNode index() {
        if (index == null) {
            try (InputStream in = SessionCases.class.getResourceAsStream(BASE + "index.json")) {
                index = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }

    /** The entry of {@code sessions} whose file is {@code cases/<name>.json}. */
    static JsonNode session(String name) {
        for (JsonNode s : index().get("sessions")) {
            if (s.get("session").asText().equals("cases/" + name + ".json")) {
                return s;
            }
        }
        throw new IllegalArgumentException("no session " + name);
    }

    /** The name of a session entry, e.g. {@code sgd-float32-0}. */
    static String name(JsonNode entry) {
        String file = entry.get("session").asText();
        return file.substring("cases/".length(), file.length() - ".json".length());
    }

    static String text(String relative) {
        try (InputStream in = SessionCases.class.getResourceAsStream(BASE + relative)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String expected(JsonNode entry) {
        return text(entry.get("expected").asText());
    }

    /** Copies an entry's session file into {@code dir}. */
    static Path sessionFile(JsonNode entry, Path dir) throws IOException {
        return Files.writeString(dir.resolve(name(entry) + ".json"), text(entry.get("session").asText()));
    }

    /** The arguments after the command name: {@code FILE --steps N [--no-zero-grad]}. */
    static List<String> arguments(JsonNode entry, Path file) {
        List<String> args = new ArrayList<>(List.of(file.toString(), "--steps", entry.get("steps").asText()));
        if (entry.has("zeroGrad") && !entry.get("zeroGrad").asBoolean()) {
            args.add("--no-zero-grad");
        }
        return args;
    }

    static boolean float64(JsonNode entry) {
        return entry.get("dtype").asText().equals("float64");
    }
}
