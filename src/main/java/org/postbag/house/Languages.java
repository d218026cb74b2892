package org.postbag.house;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postbag.infrastructure.web.Words;

/**
 * The languages Postbag speaks, found from the bundles on the class path: a language is available when
 * {@code org/postbag/i18n/messages_<language>.properties} exists, so adding one means adding its bundles and nothing
 * else. Each bundle names its language in itself ({@code language.name}) and gives its direction
 * ({@code language.direction}, {@code ltr} or {@code rtl}).
 */
@ApplicationScoped
public class Languages {

    /** The language of the base bundle, used when the setting names a language Postbag does not have. */
    public static final Locale FALLBACK = Locale.ENGLISH;

    @Inject
    private Settings settings;

    private volatile Map<String, Language> available;

    /** Every language with bundles, English first, then by tag. */
    public List<Language> available() {
        List<Language> all = new ArrayList<>(byTag().values());
        all.sort(Comparator.comparing((Language language) -> !language.locale().equals(FALLBACK))
                .thenComparing(Language::tag));
        return all;
    }

    /**
     * The language the magazine prints in: the setting's, if Postbag has it, else English. The setting's region is
     * kept ("en-GB", "fr-CH"), so that dates and numbers follow it.
     */
    public Language magazine() {
        String tag = settings.language();
        return find(tag)
                .map(language -> new Language(
                        Locale.forLanguageTag(tag.strip().replace('_', '-')),
                        language.ownName(),
                        language.rightToLeft()))
                .orElseGet(() -> byTag().get(FALLBACK.getLanguage()));
    }

    /**
     * The language a person chose ("de"), if Postbag has it, else the magazine's; the magazine's own (with its region)
     * when the choice is the magazine's language.
     */
    public Language chosenOr(String tag) {
        Language magazine = magazine();
        return find(tag)
                .filter(chosen ->
                        !chosen.locale().getLanguage().equals(magazine.locale().getLanguage()))
                .orElse(magazine);
    }

    /** The available language of this tag ("de", "DE", "de-CH" all find German), if any. */
    public Optional<Language> find(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return Optional.ofNullable(byTag().get(language));
    }

    private Map<String, Language> byTag() {
        Map<String, Language> found = available;
        if (found == null) {
            found = discover();
            available = found;
        }
        return found;
    }

    static Map<String, Language> discover() {
        ClassLoader loader = Languages.class.getClassLoader();
        List<Locale> locales = new ArrayList<>();
        locales.add(FALLBACK);
        for (String iso : Locale.getISOLanguages()) {
            String path = Words.BUNDLE.replace('.', '/') + "_" + iso + ".properties";
            if (!iso.equals(FALLBACK.getLanguage()) && loader.getResource(path) != null) {
                locales.add(Locale.forLanguageTag(iso));
            }
        }
        return locales.stream()
                .map(Languages::describe)
                .collect(Collectors.toUnmodifiableMap(
                        language -> language.locale().getLanguage(), Function.identity()));
    }

    private static Language describe(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                Words.BUNDLE,
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Language(
                locale, bundle.getString("language.name"), "rtl".equals(bundle.getString("language.direction")));
    }
}
