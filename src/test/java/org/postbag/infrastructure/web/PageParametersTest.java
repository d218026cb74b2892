package org.postbag.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageParametersTest {

    @Test
    void aPageThatReadsNoParameterIsKeptWithout() {
        assertThat(PageParameters.canonical("/", "r=12345")).isEmpty();
        assertThat(PageParameters.canonical("/issues/120", "q=trams")).isEmpty();
        assertThat(PageParameters.canonical("/", null)).isEmpty();
    }

    @Test
    void theSearchKeepsItsWordsAndPageInOneOrder() {
        assertThat(PageParameters.canonical("/search", "q=trams+and+buses")).isEqualTo("q=trams+and+buses");
        assertThat(PageParameters.canonical("/search", "page=3&utm_source=x&q=trams"))
                .isEqualTo("q=trams&page=3");
        assertThat(PageParameters.canonical("/search", "q=first&q=second")).isEqualTo("q=first");
        assertThat(PageParameters.canonical("/search", "q")).isEqualTo("q=");
        assertThat(PageParameters.canonical("/search", "r=1")).isEmpty();
    }

    @Test
    void onlyAPlainPageNumberAfterTheFirstIsKept() {
        assertThat(PageParameters.canonical("/search", "q=a&page=1")).isEqualTo("q=a");
        assertThat(PageParameters.canonical("/search", "q=a&page=007")).isEqualTo("q=a&page=7");
        assertThat(PageParameters.canonical("/search", "q=a&page=x")).isEqualTo("q=a");
        assertThat(PageParameters.canonical("/search", "q=a&page=99999999999")).isEqualTo("q=a");
    }

    @Test
    void whatAnAddressMayNotCarryIsEncodedOnceAndForAll() {
        String canonical = PageParameters.canonical("/search", "q=caf\u00e9 <b>\"");
        assertThat(canonical).isEqualTo("q=caf%C3%A9%20%3Cb%3E%22");
        assertThat(PageParameters.canonical("/search", canonical)).isEqualTo(canonical);
        assertThat(PageParameters.canonical("/search", "q=%C3%28%FF")).isEqualTo("q=%C3%28%FF");
    }

    @Test
    void aRedirectGoesToThePagesOwnAddressOnlyWhenItIsNotAlreadyThere() {
        assertThat(PublicPageCache.canonicalAddress("GET", "/", "r=1")).isEqualTo("/");
        assertThat(PublicPageCache.canonicalAddress("HEAD", "/search", "page=2&q=x"))
                .isEqualTo("/search?q=x&page=2");
        assertThat(PublicPageCache.canonicalAddress("GET", "/search", "q=x&page=2"))
                .isNull();
        assertThat(PublicPageCache.canonicalAddress("GET", "/", null)).isNull();
        assertThat(PublicPageCache.canonicalAddress("GET", "/", "")).isNull();
        assertThat(PublicPageCache.canonicalAddress("POST", "/", "r=1")).isNull();
        assertThat(PublicPageCache.canonicalAddress("GET", "/write", "r=1")).isNull();
        assertThat(PublicPageCache.canonicalAddress("GET", "/index.xhtml", "r=1"))
                .isEqualTo("/");
        assertThat(PublicPageCache.canonicalAddress("GET", "/search.xhtml", "r=1&q=x"))
                .isEqualTo("/search?q=x");
        assertThat(PublicPageCache.canonicalAddress("GET", "/issues.xhtml/120", null))
                .isEqualTo("/issues/120");
        assertThat(PublicPageCache.canonicalAddress("POST", "/search.xhtml", null))
                .isNull();
        assertThat(PublicPageCache.cacheable("GET", "/", "r=1")).isFalse();
        assertThat(PublicPageCache.cacheable("GET", "/search", "q=x&page=2")).isTrue();
    }
}
