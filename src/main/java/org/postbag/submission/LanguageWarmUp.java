package org.postbag.submission;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postbag.letter.LanguageGuess;

/**
 * Reads the language detector's profiles in the background as the server starts, so that the first letter sent does
 * not wait seconds for them.
 */
@Singleton
@Startup
public class LanguageWarmUp {

    private static final Logger LOG = Logger.getLogger(LanguageWarmUp.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @PostConstruct
    void start() {
        executor.submit(() -> {
            try {
                LanguageGuess.of("A letter to the editor about the trams, written to wake the detector up at start.");
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "The language detector could not be prepared", failure);
            }
        });
    }
}
