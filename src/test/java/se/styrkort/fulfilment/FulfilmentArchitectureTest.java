package se.styrkort.fulfilment;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fulfilment core stays plain Java, so it is tested in milliseconds and reused anywhere. */
class FulfilmentArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importProductionClasses() {
    // Only the production classes' own root: the build may live in a directory ArchUnit's
    // DoNotIncludeTests does not know (-Dbuild.dir), and tests may use any library.
    String productionRoot =
        Fulfilment.class.getProtectionDomain().getCodeSource().getLocation().toString();
    ImportOption productionOnly =
        location -> location.asURI().toString().startsWith(productionRoot);
    core =
        new ClassFileImporter()
            .withImportOption(productionOnly)
            .importPackages("se.styrkort.fulfilment");
  }

  @Test
  void dependsOnTheJavaPlatformAlone() {
    classes()
        .that()
        .resideInAPackage("se.styrkort.fulfilment..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "se.styrkort.fulfilment..")
        .check(core);
  }

  @Test
  void knowsNoFrameworkAndNoOtherPartOfTheService() {
    noClasses()
        .that()
        .resideInAPackage("se.styrkort.fulfilment..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.quarkus..", "jakarta..", "org.hibernate..", "com.fasterxml..", "javax..")
        .orShould()
        .dependOnClassesThat(
            resideInAPackage("se.styrkort..")
                .and(not(resideInAPackage("se.styrkort.fulfilment.."))))
        .check(core);
  }
}
