package dev.optex.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line through {@link OptexCli#run(String[], PrintWriter, PrintWriter)}. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OptexCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
