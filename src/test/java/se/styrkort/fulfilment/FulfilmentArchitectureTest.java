package se.styrkort.fulfilment;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fulfilment core stays plain Java, so it is tested in milliseconds and reused anywhere. */
class FulfilmentArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importProductionClasses() throws URISyntaxException {
    // Only the package's own production directory: the build may live in a directory that
    // ArchUnit's DoNotIncludeTests does not know (-Dbuild.dir), tests may use any library, and
    // scanning every jar of a Quarkus test classpath for the package takes seconds.
    Path root =
        Path.of(Fulfilment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    core = new ClassFileImporter().importPath(root.resolve("se/styrkort/fulfilment"));
  }

  @Test
  void findsTheCore() {
    assertTrue(core.contain(Fulfilment.class));
    assertTrue(core.size() > 20);
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
