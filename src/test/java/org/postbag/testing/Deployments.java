package org.postbag.testing;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.postbag.testing.fixtures.Fixtures;

/**
 * The application as the build packaged it, deployed by each integration test. In-container
 * tests add their own package (and AssertJ) to it.
 */
public final class Deployments {

    private Deployments() {}

    /** The WAR file exactly as shipped. */
    public static WebArchive application() {
        String war = System.getProperty("postbag.war", "target/postbag.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
    }

    /** The shipped WAR plus the test's package and the test libraries it runs with in the server. */
    public static WebArchive withTestsOf(Class<?> testClass) {
        return application()
                .addPackage(testClass.getPackage())
                .addClass(Deployments.class)
                .addPackage(Fixtures.class.getPackage())
                .addClass(WebForm.class)
                .addClass(JsonMaps.class)
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
                .addAsLibrary(jarOf(org.awaitility.Awaitility.class))
                .addAsLibrary(jarOf(org.hamcrest.Matcher.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
