package dev.procura.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.client.api.AuthenticationApi;
import dev.procura.client.api.MembersApi;
import dev.procura.client.api.TenantsApi;
import dev.procura.client.model.AddMemberRequest;
import dev.procura.client.model.LoginRequest;
import dev.procura.client.model.Member;
import dev.procura.client.model.RegisterRequest;
import dev.procura.client.model.Tenant;
import dev.procura.client.model.TenantRequest;
import dev.procura.client.model.Tokens;
import dev.procura.client.model.User;
import dev.procura.support.Accounts;
import dev.procura.support.Api;
import java.time.Duration;
import java.util.UUID;

/**
 * A new tenant with its buyer (the admin who created it) and the colleagues the default approval
 * policy asks: an approver, and a second admin. Each signs up and in through the generated client.
 */
record Team(UUID tenantId, Team.Person buyer, Team.Person approver, Team.Person secondAdmin) {

    /** A registered user with a client that sends the access token of their own sign-in. */
    record Person(UUID id, String email, String accessToken, ApiClient client) {}

    static Team signedUp() throws ApiException {
        Person buyer = signUp("Buyer");
        Tenant tenant = new TenantsApi(buyer.client()).tenantCreate(new TenantRequest().name("Client cycle"));
        assertEquals("Client cycle", tenant.getName());
        assertEquals(Tenant.StatusEnum.ACTIVE, tenant.getStatus());
        assertEquals("admin", tenant.getRole());
        return new Team(
                tenant.getId(),
                buyer,
                member(buyer, tenant.getId(), "approver"),
                member(buyer, tenant.getId(), "admin"));
    }

    /** A client of the server under test; with a token, every request carries it as the bearer. */
    private static ApiClient client(String accessToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Api.baseUrl());
        client.setReadTimeout(Duration.ofSeconds(30));
        if (accessToken != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
        }
        return client;
    }

    /** Registers (which signs in), then signs in again with the password, as a returning user would. */
    private static Person signUp(String firstName) throws ApiException {
        AuthenticationApi auth = new AuthenticationApi(client(null));
        String email = Accounts.uniqueEmail();
        Tokens registered = auth.authRegister(new RegisterRequest()
                .email(email)
                .password(Accounts.PASSWORD)
                .firstName(firstName)
                .lastName("Client"));
        User user = registered.getUser();
        assertEquals(email, user.getEmail());
        assertEquals(firstName, user.getFirstName());
        assertNotNull(registered.getAccessToken());
        assertNotNull(registered.getRefreshToken());

        Tokens login = auth.authLogin(new LoginRequest().email(email).password(Accounts.PASSWORD));
        assertEquals(user.getId(), login.getUser().getId());
        assertEquals("Bearer", login.getTokenType());
        assertTrue(login.getExpiresIn() > 0, "expires_in " + login.getExpiresIn());
        assertNotEquals(registered.getRefreshToken(), login.getRefreshToken(), "each sign-in is its own session");
        return new Person(user.getId(), email, login.getAccessToken(), client(login.getAccessToken()));
    }

    /** A new user the admin adds to the tenant with this role; the user then finds the tenant among theirs. */
    private static Person member(Person admin, UUID tenantId, String role) throws ApiException {
        Person person = signUp(role);
        Member added = new MembersApi(admin.client())
                .memberAdd(
                        tenantId, new AddMemberRequest().email(person.email()).role(role));
        assertEquals(person.id(), added.getUserId());
        assertEquals(role, added.getRole());
        Tenant seen = new TenantsApi(person.client())
                .tenantMine(null, null).getItems().stream()
                        .filter(t -> tenantId.equals(t.getId()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("the new member does not see tenant " + tenantId));
        assertEquals(role, seen.getRole());
        return person;
    }
}
