import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The OpenID provider the integration tests sign in through: Spring Authorization Server with
 * its own login form, one client (Postbag), and test users whose groups the tests may change
 * (POST /test/groups?user=...&groups=a,b). A few users get tokens that a relying party must
 * refuse, made and signed by this provider as a broken or hostile one would: expired, for
 * another audience, from another issuer, altered after signing, or carrying the nonce of another
 * sign-in (as a replayed token would).
 *
 * <p>Run as a single source file on a class path of its own (the build writes it), so that
 * Spring never meets the application server's test class path:
 * {@code java -cp ... OidcTestProvider.java --server.port=9100 --postbag.redirect=http://...}.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class OidcTestProvider {

    static final String PASSWORD = "provider-test-password";

    /** Groups per user, changed by the tests through /test/groups. */
    static final Map<String, List<String>> GROUPS = new ConcurrentHashMap<>(Map.of(
            "eddie@sso.test", List.of("postbag-editors"),
            "ada@sso.test", List.of("postbag-admins"),
            "nora@sso.test", List.of("marketing"),
            "una@sso.test", List.of("postbag-editors"),
            "mover@sso.test", List.of("postbag-editors"),
            "late@sso.test", List.of("postbag-editors"),
            "stranger@sso.test", List.of("postbag-editors"),
            "elsewhere@sso.test", List.of("postbag-editors"),
            "forger@sso.test", List.of("postbag-editors"),
            "replayer@sso.test", List.of("postbag-editors")));

    public static void main(String[] args) {
        SpringApplication.run(OidcTestProvider.class, args);
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, s -> s.oidc(oidc -> oidc.providerConfigurationEndpoint(discovery -> discovery
                        // As newsrooms' providers do: the scopes for the email and the name are offered.
                        .providerConfigurationCustomizer(document -> document.scopes(scopes -> scopes.addAll(
                                List.of(OidcScopes.EMAIL, OidcScopes.PROFILE)))))))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain login(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/test/**", "/error").permitAll().anyRequest().authenticated())
                .csrf(c -> c.ignoringRequestMatchers("/test/**"))
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService users() {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        for (String name : GROUPS.keySet()) {
            users.createUser(User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build());
        }
        return users;
    }

    @Bean
    RegisteredClientRepository clients(org.springframework.core.env.Environment env) {
        RegisteredClient postbag = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId("postbag")
                .clientSecret("{noop}" + env.getProperty("postbag.secret", "postbag-test-secret"))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(Set.of(env.getProperty("postbag.redirect", "").split(","))))
                .postLogoutRedirectUris(uris -> uris.addAll(Set.of(env.getProperty("postbag.logout", "").split(","))))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.EMAIL)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(10)).build())
                .build();
        return new InMemoryRegisteredClientRepository(postbag);
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** Signs every token; alters the ID token of forger@ after signing, as a man in the middle would. */
    @Bean
    JwtEncoder encoder(JWKSource<SecurityContext> keys) {
        NimbusJwtEncoder signer = new NimbusJwtEncoder(keys);
        return parameters -> {
            Jwt jwt = signer.encode(parameters);
            if (!"forger@sso.test".equals(jwt.getSubject()) || jwt.getClaims().get("nonce") == null) {
                return jwt;
            }
            String[] parts = jwt.getTokenValue().split("\\.");
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("postbag-editors", "postbag-admins");
            String forged = parts[0] + "."
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                    + "." + parts[2];
            return Jwt.withTokenValue(forged)
                    .headers(h -> h.putAll(jwt.getHeaders()))
                    .claims(c -> c.putAll(jwt.getClaims()))
                    .build();
        };
    }

    /** The claims a newsroom's provider gives: email, whether it is verified, name and groups. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims() {
        return context -> {
            String user = context.getPrincipal().getName();
            List<String> groups = GROUPS.getOrDefault(user, List.of());
            context.getClaims().claim("groups", groups);
            if (!"id_token".equals(context.getTokenType().getValue())) {
                return;
            }
            context.getClaims()
                    .claim("email", user)
                    .claim("email_verified", !user.startsWith("una@"))
                    .claim("name", user.substring(0, 1).toUpperCase() + user.substring(1, user.indexOf('@')) + " Sso");
            Instant now = Instant.now();
            switch (user) {
                case "late@sso.test" -> context.getClaims()
                        .issuedAt(now.minus(Duration.ofHours(2)))
                        .expiresAt(now.minus(Duration.ofHours(1)));
                case "stranger@sso.test" -> context.getClaims().audience(List.of("another-client"));
                case "elsewhere@sso.test" -> context.getClaims().issuer("http://issuer.elsewhere.test");
                // An ID token replayed from another sign-in carries that sign-in's nonce, not this one's.
                case "replayer@sso.test" -> context.getClaims().claim("nonce", "the-nonce-of-an-earlier-sign-in");
                default -> {}
            }
        };
    }

    /** The tests move a user between groups here, as an admin would in the provider's console. */
    @Bean
    RouterFunction<ServerResponse> testControls() {
        return RouterFunctions.route()
                .POST("/test/groups", request -> {
                    String user = request.param("user").orElseThrow();
                    String groups = request.param("groups").orElse("");
                    GROUPS.put(user, groups.isBlank() ? List.of() : List.of(groups.split(",")));
                    return ServerResponse.ok().body("ok");
                })
                .GET("/test/ready", request -> ServerResponse.ok().body("ok"))
                .build();
    }
}
