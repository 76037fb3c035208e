package dev.optex.session;

import java.util.List;

/** What an action did: one message per run it could not apply to (e.g. {@code SGD: Trying to backward ...}). */
public record ActionResult(List<String> errors) {
    public static final ActionResult OK = new ActionResult(List.of());

    public ActionResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
