package com.alliancetrust.advisor.reload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A home directory holding a copy of the project's rules/ and knowledge-base/, to edit as an administrator would. */
public record TestHome(Path root) {

    public static TestHome copyOfProject(Path into) {
        for (String dir : new String[] {"rules", "knowledge-base"}) {
            Path from = Path.of(dir);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.toList()) {
                    Path to = into.resolve(dir).resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) Files.createDirectories(to);
                    else Files.copy(f, to);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new TestHome(into);
    }

    public Path file(String relative) {
        return root.resolve(relative);
    }

    public String read(String relative) {
        try {
            return Files.readString(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites a file the way an editor saves it: to a temporary file first, then moved into place. */
    public void edit(String relative, UnaryOperator<String> change) {
        write(relative, change.apply(read(relative)));
    }

    public void write(String relative, String text) {
        try {
            Path target = file(relative);
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".edit", ".tmp");
            Files.writeString(temp, text);
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
