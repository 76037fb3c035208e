package dev.optex.ui;

import dev.optex.autograd.TorchException;
import dev.optex.expr.ExprException;

/** The one-line message shown next to a field for the errors bad input causes. */
public final class Messages {
    private Messages() {
    }

    /**
     * True for the exceptions that mean "this input is invalid" (PyTorch's and Python's errors, the loss language's,
     * the model's checks); anything else is a bug and goes to the uncaught-error handler.
     */
    public static boolean isInputError(RuntimeException e) {
        return e instanceof TorchException || e instanceof ExprException || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException;
    }

    /** The message of an input error (PyTorch's exact text for PyTorch's errors). */
    public static String of(RuntimeException e) {
        if (!isInputError(e)) {
            throw e;
        }
        return e.getMessage();
    }
}
