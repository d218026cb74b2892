package org.postbag.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.postbag.testing.fixtures.Fixtures;

/**
 * The application as the build packaged it, and the one test WAR that every WildFly
 * integration test deploys: the same archive for every class, so that WildFly deploys it once
 * for the whole run ({@link KeepDeployed}) and not once per class.
 */
public final class Deployments {

    /** Samples that in-container tests read from their own class path. */
    private static final String[] TEST_RESOURCES = {
        "archive/northern-review.wordpress.xml",
        "archive/northern-review.wordpress-feed.rss",
        "org/postbag/security/hostile/hostile-inputs.txt"
    };

    private static Set<String> testPackages;

    private Deployments() {}

    /** The WAR file exactly as shipped. */
    public static WebArchive application() {
        String war = System.getProperty("postbag.war", "target/postbag.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
    }

    /**
     * The shipped WAR plus every test package that holds an integration test (so the given
     * test's), the fixtures, the test libraries they run with in the server and the samples
     * they read. Client-side tests deploy it too (and ignore the test classes in it): one
     * archive for all keeps the one deployment.
     */
    public static WebArchive withTestsOf(Class<?> testClass) {
        Set<String> packages = testPackages();
        if (!packages.contains(testClass.getPackageName())) {
            throw new IllegalStateException(testClass.getName() + " is not in a package of integration tests");
        }
        WebArchive war = application()
                .addPackages(false, packages.toArray(String[]::new))
                .addClass(Deployments.class)
                .addPackage(Fixtures.class.getPackage())
                .addClass(WebForm.class)
                .addClass(JsonMaps.class)
                .addAsResource(new File("src/docs/archive-sample.csv"), "archive/archive-sample.csv")
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
                .addAsLibrary(jarOf(org.awaitility.Awaitility.class))
                .addAsLibrary(jarOf(org.hamcrest.Matcher.class));
        for (String resource : TEST_RESOURCES) {
            war.addAsResource(resource);
        }
        return war;
    }

    /** The packages of the compiled test classes that hold a class named *IT. */
    private static synchronized Set<String> testPackages() {
        if (testPackages == null) {
            Path root = Path.of(codeSource(Deployments.class));
            try (Stream<Path> files = Files.walk(root)) {
                testPackages = files.filter(
                                file -> file.getFileName().toString().endsWith("IT.class"))
                        .map(file ->
                                root.relativize(file.getParent()).toString().replace(File.separatorChar, '.'))
                        .collect(Collectors.toCollection(TreeSet::new));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return testPackages;
    }

    private static File jarOf(Class<?> type) {
        return new File(codeSource(type));
    }

    private static URI codeSource(Class<?> type) {
        try {
            return type.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
