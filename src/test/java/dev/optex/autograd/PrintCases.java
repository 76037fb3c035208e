package dev.optex.autograd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The reference corpus written by {@code gen_print_cases.py} from real PyTorch (see that script). */
final class PrintCases {

    private static final String RESOURCE = "print_cases.jsonl";

    private PrintCases() { }

    /** All cases of one kind ("tensor" or "number"), in file order. */
    static List<JsonNode> load(String kind) {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(PrintCases.class.getResourceAsStream(RESOURCE), RESOURCE),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode node = mapper.readTree(line);
                if (node.get("kind").asText().equals(kind)) {
                    cases.add(node);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** A value stored as IEEE bits in hex: 8 digits for float32 (widened exactly), 16 for float64. */
    static double value(String hex) {
        if (hex.length() == 8) {
            return Float.intBitsToFloat((int) Long.parseLong(hex, 16));
        }
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }
}
