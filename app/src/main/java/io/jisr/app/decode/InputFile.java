package io.jisr.app.decode;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * One input of {@code jisr decode}: a file, or standard input when the name is {@code -}.
 *
 * @param name the name as given on the command line, used in messages
 * @param path the file, or null for standard input
 */
record InputFile(String name, Path path) {

    /** The name that stands for standard input. */
    static final String STDIN = "-";

    /** Returns the input a command-line argument names. */
    static InputFile of(String argument) {
        return STDIN.equals(argument) ? new InputFile(STDIN, null) : new InputFile(argument, Path.of(argument));
    }

    /** Returns the name used in error messages: the file name, or {@code <stdin>}. */
    String displayName() {
        return path == null ? "<stdin>" : name;
    }

    /** Returns why this input cannot be read, or null when it looks readable. */
    String problem() {
        if (path == null) {
            return null;
        }
        if (!Files.exists(path)) {
            return "input file \"" + name + "\" does not exist";
        }
        if (Files.isDirectory(path)) {
            return "input \"" + name + "\" is a directory, not a file";
        }
        if (!Files.isReadable(path)) {
            return "input file \"" + name + "\" is not readable";
        }
        return null;
    }

    /** Opens the input; gzip data (recognised by its magic number, whatever the name) is decompressed. */
    InputStream open(InputStream stdin) throws IOException {
        InputStream raw = path == null ? stdin : Files.newInputStream(path);
        PushbackInputStream in = new PushbackInputStream(raw, 2);
        byte[] magic = in.readNBytes(2);
        in.unread(magic);
        boolean gzip = magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
        return gzip ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
