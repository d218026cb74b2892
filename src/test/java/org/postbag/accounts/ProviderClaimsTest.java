package org.postbag.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderClaimsTest {

    private final ProviderClaims claims = new ProviderClaims("groups", "postbag-editors", "postbag-admins");

    private static Map<String, Object> person(Object verified, Object groups) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", "248289761001");
        claims.put("email", "  Jane.Doe@Example.ORG ");
        claims.put("name", "Jane Doe");
        if (verified != null) {
            claims.put("email_verified", verified);
        }
        if (groups != null) {
            claims.put("groups", groups);
        }
        return claims;
    }

    @Test
    void theEditorsGroupGivesEditorAndTheAddressIsNormalised() {
        ProviderClaims.Identity identity = claims.read(person(true, List.of("staff", "postbag-editors")));

        assertThat(identity.accepted()).isTrue();
        assertThat(identity.email()).isEqualTo("jane.doe@example.org");
        assertThat(identity.name()).isEqualTo("Jane Doe");
        assertThat(identity.roles()).containsExactly(Role.EDITOR);
    }

    @Test
    void theAdminsGroupGivesAdminAndEditor() {
        assertThat(claims.read(person(true, List.of("postbag-admins"))).roles())
                .containsExactlyInAnyOrder(Role.ADMIN, Role.EDITOR);
    }

    @Test
    void neitherGroupIsARefusalThatStillNamesThePerson() {
        ProviderClaims.Identity identity = claims.read(person(true, List.of("marketing")));

        assertThat(identity.refusal()).isEqualTo(ProviderClaims.Refusal.NO_ROLE);
        assertThat(identity.email()).isEqualTo("jane.doe@example.org");
        assertThat(identity.roles()).isEmpty();
        assertThat(claims.read(person(true, null)).refusal()).isEqualTo(ProviderClaims.Refusal.NO_ROLE);
    }

    @Test
    void groupNamesMatchWholeAndExactly() {
        assertThat(claims.read(person(true, List.of("postbag-editors-old", "Postbag-Admins")))
                        .refusal())
                .isEqualTo(ProviderClaims.Refusal.NO_ROLE);
    }

    @Test
    void onlyAnAddressMarkedVerifiedCounts() {
        assertThat(claims.read(person(false, List.of("postbag-admins"))).refusal())
                .isEqualTo(ProviderClaims.Refusal.UNVERIFIED_EMAIL);
        assertThat(claims.read(person(null, List.of("postbag-admins"))).refusal())
                .isEqualTo(ProviderClaims.Refusal.UNVERIFIED_EMAIL);
        assertThat(claims.read(person("yes", List.of("postbag-admins"))).refusal())
                .isEqualTo(ProviderClaims.Refusal.UNVERIFIED_EMAIL);
        assertThat(claims.read(person("true", List.of("postbag-admins"))).accepted())
                .as("some providers send the flag as a string")
                .isTrue();
    }

    @Test
    void noEmailOrNoAddressInItIsRefused() {
        Map<String, Object> noEmail = person(true, List.of("postbag-editors"));
        noEmail.remove("email");
        Map<String, Object> notAnAddress = person(true, List.of("postbag-editors"));
        notAnAddress.put("email", "jane");
        Map<String, Object> notText = person(true, List.of("postbag-editors"));
        notText.put("email", List.of("jane@example.org"));

        assertThat(claims.read(noEmail).refusal()).isEqualTo(ProviderClaims.Refusal.NO_EMAIL);
        assertThat(claims.read(notAnAddress).refusal()).isEqualTo(ProviderClaims.Refusal.NO_EMAIL);
        assertThat(claims.read(notText).refusal()).isEqualTo(ProviderClaims.Refusal.NO_EMAIL);
    }

    @Test
    void groupsSentAsOneStringAreSplit() {
        assertThat(claims.read(person(true, "staff postbag-editors")).roles()).containsExactly(Role.EDITOR);
        assertThat(claims.read(person(true, "staff,postbag-admins")).roles())
                .containsExactlyInAnyOrder(Role.EDITOR, Role.ADMIN);
    }

    @Test
    void anotherGroupsClaimIsReadWhenConfigured() {
        ProviderClaims roles = new ProviderClaims("roles", "Desk.Editor", "Desk.Admin");
        Map<String, Object> entra = person(true, List.of("postbag-admins"));
        entra.put("roles", List.of("Desk.Editor"));

        assertThat(roles.read(entra).roles()).containsExactly(Role.EDITOR);
    }

    @Test
    void withoutANameTheAddressGivesOne() {
        Map<String, Object> nameless = person(true, List.of("postbag-editors"));
        nameless.remove("name");

        assertThat(claims.read(nameless).name()).isEqualTo("jane.doe");
    }

    @Test
    void theMappingMustNameItsGroups() {
        assertThatThrownBy(() -> new ProviderClaims("groups", " ", "postbag-admins"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
