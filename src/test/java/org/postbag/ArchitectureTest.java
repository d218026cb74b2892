package org.postbag;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.postbag.infrastructure.mail.Mailer;
import org.postbag.infrastructure.mail.Outbox;

/**
 * The house's plan, written down once. Packages stand in tiers, and a package may use only
 * those in lower tiers: shared plumbing at the bottom, then the magazine's house settings,
 * accounts, the letter, the features, and on top the pages that compose several features
 * (the desk and the public site), with the demo above everything. Packages in one tier do not
 * use each other.
 */
@AnalyzeClasses(packages = "org.postbag", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Lowest first. */
    static final List<List<String>> TIERS = List.of(
            List.of("infrastructure"),
            List.of("house"),
            List.of("accounts"),
            List.of("letter"),
            List.of("publishing"),
            List.of("linking"),
            List.of("moderation", "editing"),
            List.of("admin", "submission", "archive"),
            List.of("intake"),
            List.of("desk", "site"),
            List.of("demo"));

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages =
            slices().matching("org.postbag.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule eachPackageUsesOnlyLowerTiers = tiers();

    @ArchTest
    static final ArchRule entitiesDoNoOrchestration = noClasses()
            .that()
            .areAnnotatedWith(Entity.class)
            .or()
            .areAnnotatedWith(Embeddable.class)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(EntityManager.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(Outbox.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(Mailer.class)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.mail..")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.enterprise.event..")
            .because("aggregates guard their rules; services persist, mail and fire events");

    @ArchTest
    static final ArchRule facesOnlyInWebPackages = noClasses()
            .that()
            .resideOutsideOfPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.faces..", "org.omnifaces..")
            .because("a feature's Faces beans live in its web package, so that services never import web types");

    private static ArchRule tiers() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (List<String> tier : TIERS) {
            for (String name : tier) {
                layers = layers.layer(name).definedBy("org.postbag." + name + "..");
            }
        }
        for (int i = 0; i < TIERS.size(); i++) {
            List<String> above = new ArrayList<>();
            TIERS.subList(i + 1, TIERS.size()).forEach(above::addAll);
            for (String name : TIERS.get(i)) {
                layers = above.isEmpty()
                        ? layers.whereLayer(name).mayNotBeAccessedByAnyLayer()
                        : layers.whereLayer(name).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
            }
        }
        return layers;
    }
}
