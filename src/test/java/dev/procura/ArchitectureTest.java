package dev.procura;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.procura.platform.web.Problem;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The layer and seam rules of the architecture, on the production classes. Capabilities ask each
 * other through services, facts records and platform ports; only the shared buying kernel
 * ({@code procurement}) lends its types to all of them. Plain JUnit tests calling
 * {@link ArchRule#check}, because Surefire 3.5.3 skips {@code @ArchTest} fields.
 */
class ArchitectureTest {

    static final Set<String> CAPABILITIES = Set.of(
            "approvals",
            "branding",
            "budgets",
            "conversions",
            "dataexport",
            "documents",
            "identity",
            "invoices",
            "notifications",
            "orders",
            "plants",
            "rfqs",
            "suppliers",
            "tenants",
            "typelists",
            "customfields",
            "items",
            "customers",
            "currencies",
            "paymentterms",
            "costcentres",
            "accounts",
            "taxes",
            "costing",
            "labels",
            "integrations",
            "ncrs",
            "engineering",
            "production",
            "quality",
            "traceability",
            "projects",
            "logistics");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.procura");

    static final ArchRule RESOURCES_NEVER_TOUCH_JPA = noClasses()
            .that()
            .haveSimpleNameEndingWith("Resource")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.persistence..")
            .because("a resource parses, validates, calls one service method and shapes the response");

    static final ArchRule CAPABILITIES_KEEP_THEIR_ENTITIES_AND_REPOSITORIES = classes()
            .that(areInACapability())
            .should(notUseAnotherCapabilitysEntitiesOrRepositories())
            .because("a capability asks another through its service, its facts or a platform port");

    static final ArchRule PLATFORM_KNOWS_NO_CAPABILITY = noClasses()
            .that()
            .resideInAPackage("dev.procura.platform..")
            .should()
            .dependOnClassesThat(areOutsidePlatform())
            .because("platform defines ports that capabilities implement, never the other way round");

    static final ArchRule TOP_LEVEL_PACKAGES_HAVE_NO_CYCLES =
            slices().matching("dev.procura.(*)..").should().beFreeOfCycles();

    static final ArchRule FAILURES_KNOW_NO_WEB = noClasses()
            .that()
            .resideInAPackage("dev.procura.platform.failures..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..", "dev.procura.platform.web..")
            .because("services throw failures; the web layer alone turns them into answers");

    static final ArchRule PROBLEMS_ARE_MADE_FROM_PROBLEM_TYPES = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(Problem.class.getName())
            .should()
            .callConstructor(
                    Problem.class,
                    String.class,
                    String.class,
                    int.class,
                    String.class,
                    String.class,
                    String.class,
                    List.class,
                    Map.class)
            .because("every problem is Problem.of a ProblemType, the catalogue docs/problems.md is rendered from");

    @Test
    void resourcesNeverTouchJpa() {
        RESOURCES_NEVER_TOUCH_JPA.check(PRODUCTION);
    }

    @Test
    void aCapabilityNeverUsesAnotherCapabilitysEntitiesOrRepositories() {
        CAPABILITIES_KEEP_THEIR_ENTITIES_AND_REPOSITORIES.check(PRODUCTION);
    }

    @Test
    void platformDependsOnNoCapability() {
        PLATFORM_KNOWS_NO_CAPABILITY.check(PRODUCTION);
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        TOP_LEVEL_PACKAGES_HAVE_NO_CYCLES.check(PRODUCTION);
    }

    @Test
    void failuresKnowNoWeb() {
        FAILURES_KNOW_NO_WEB.check(PRODUCTION);
    }

    @Test
    void problemsAreMadeFromProblemTypes() {
        PROBLEMS_ARE_MADE_FROM_PROBLEM_TYPES.check(PRODUCTION);
    }

    /** The capability a class belongs to (the package after dev.procura), if it is in one. */
    static Optional<String> capabilityOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith("dev.procura.")) {
            return Optional.empty();
        }
        String top = name.substring("dev.procura.".length()).split("\\.", -1)[0];
        return CAPABILITIES.contains(top) ? Optional.of(top) : Optional.empty();
    }

    private static DescribedPredicate<JavaClass> areInACapability() {
        return DescribedPredicate.describe(
                "are in a capability package", c -> capabilityOf(c).isPresent());
    }

    private static DescribedPredicate<JavaClass> areOutsidePlatform() {
        return DescribedPredicate.describe(
                "are Procura classes outside platform",
                c -> c.getPackageName().startsWith("dev.procura.")
                        && !c.getPackageName().startsWith("dev.procura.platform"));
    }

    /** An entity, an embeddable or a repository, or a type nested in one (a repository's Filter). */
    static boolean isPersistence(JavaClass target) {
        JavaClass outer = target;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer.isAnnotatedWith(Entity.class)
                || outer.isAnnotatedWith(Embeddable.class)
                || outer.getSimpleName().endsWith("Repository");
    }

    private static ArchCondition<JavaClass> notUseAnotherCapabilitysEntitiesOrRepositories() {
        return new ArchCondition<>("not depend on another capability's entities, embeddables or repositories") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String own = capabilityOf(javaClass).orElseThrow();
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<String> theirs = capabilityOf(target);
                    if (theirs.isPresent() && !theirs.get().equals(own) && isPersistence(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
