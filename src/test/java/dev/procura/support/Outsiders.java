package dev.procura.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The outsider rows of an isolation matrix: every endpoint called by a member of another tenant
 * and by a user of no tenant answers 404 (the tenant is not revealed), and without a token 401.
 */
public final class Outsiders {

    private Outsiders() {}

    /** Sends an endpoint's request with a token (null: none). */
    @FunctionalInterface
    public interface Call<E> {
        Reply send(E endpoint, String token) throws Exception;
    }

    /** {@code call} sends the endpoint's request with the given token (null: none). */
    public static <E> Stream<DynamicTest> refused(
            List<E> endpoints,
            Function<E, String> name,
            Call<E> call,
            String otherTenantsMember,
            String userOfNoTenant) {
        List<DynamicTest> tests = new ArrayList<>();
        for (E endpoint : endpoints) {
            tests.add(DynamicTest.dynamicTest(
                    name.apply(endpoint) + " by a member of another tenant",
                    () -> call.send(endpoint, otherTenantsMember).expectProblem(404, "not-found")));
            tests.add(DynamicTest.dynamicTest(
                    name.apply(endpoint) + " by a user of no tenant",
                    () -> call.send(endpoint, userOfNoTenant).expectProblem(404, "not-found")));
            tests.add(DynamicTest.dynamicTest(
                    name.apply(endpoint) + " without a token",
                    () -> call.send(endpoint, null).expectProblem(401, "unauthenticated")));
        }
        return tests.stream();
    }
}
