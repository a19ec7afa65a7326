package de.kokreation.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A finished job's file, ready to be streamed to its owner. */
public record JobFile(String fileName, String contentType, long size, Path path) {

    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }
}
