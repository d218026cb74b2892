package org.postbag.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who is who: accounts in PostgreSQL, checked by {@link SignInGuard} (password) and
 * {@link SecondFactors} (the code after it), as {@link LocalSignIn} allows. Groups are role names.
 * People who sign in through the OpenID provider are checked by Jakarta Security's own store
 * for its tokens, and mapped to accounts by {@link SingleSignOn}.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private SignInGuard guard;

    @Inject
    private SecondFactors secondFactors;

    @Inject
    private LocalSignIn localSignIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof SecondStepCredential secondStep) {
            return secondFactors
                    .completeSignIn(secondStep)
                    .filter(localSignIn::allows)
                    .map(AccountIdentityStore::result)
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Account> account = guard.check(password.getCaller(), password.getPasswordAsString());
        // A password that passed for an account with a second factor gives no account here:
        // the sign-in page finds the second step due in SignInProgress.
        // With passwords kept for admins alone, an editor's right password lets nobody in.
        return account.filter(localSignIn::allows)
                .map(AccountIdentityStore::result)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static CredentialValidationResult result(Account account) {
        return new CredentialValidationResult(
                account.email(), account.roles().stream().map(Role::roleName).collect(Collectors.toSet()));
    }
}
