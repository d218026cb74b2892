package org.postbag.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;

/** Who is who: accounts in PostgreSQL, checked by {@link SignInGuard}. Groups are role names. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private SignInGuard guard;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Account> account = guard.check(password.getCaller(), password.getPasswordAsString());
        return account.map(a -> new CredentialValidationResult(
                        a.email(), a.roles().stream().map(Role::roleName).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
