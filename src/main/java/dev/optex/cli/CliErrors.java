package dev.optex.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Turns any failure into the one-line message a command prints on stderr. */
final class CliErrors {
    private CliErrors() {
    }

    static String message(Throwable e) {
        if (e instanceof FileSystemException f) {
            return fileMessage(f);
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        if (e instanceof OutOfMemoryError) {
            m = "out of memory: " + m;
        }
        return m;
    }

    /** Java's file errors carry only the path as their message; this adds what went wrong. */
    private static String fileMessage(FileSystemException e) {
        String file = e.getOtherFile() != null ? e.getOtherFile() : e.getFile();
        if (e instanceof NoSuchFileException) {
            return "no such file or directory: " + file;
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + file;
        }
        if (e instanceof FileAlreadyExistsException) { // creating a directory where a file is
            return file + ": exists and is not a directory";
        }
        return file + ": " + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName());
    }
}
