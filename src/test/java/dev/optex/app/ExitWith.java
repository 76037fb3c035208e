package dev.optex.app;

/** The second JVM of {@link RelaunchTest}: prints its arguments and exits with the code its first argument names. */
public final class ExitWith {
    private ExitWith() {
    }

    public static void main(String[] args) {
        System.out.println(String.join(" ", args));
        System.exit(Integer.parseInt(args[0]));
    }
}
