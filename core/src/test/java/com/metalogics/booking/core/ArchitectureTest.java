package com.metalogics.booking.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point inward; the core uses the JDK and nothing else. */
class ArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.metalogics.booking.core");

  @Test
  void ports_neverDependOnTheApplication() {
    noClasses()
        .that()
        .resideInAnyPackage("..core.port.in..", "..core.port.out..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..core.application..", "..core.inmemory..")
        .check(CORE);
  }

  @Test
  void domain_dependsOnNothingElseInCore() {
    noClasses()
        .that()
        .resideInAPackage("..core.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..core.port..", "..core.application..", "..core.inmemory..", "..core.availability..")
        .check(CORE);
  }

  @Test
  void availability_isPure() {
    noClasses()
        .that()
        .resideInAPackage("..core.availability..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..core.port..", "..core.application..", "..core.inmemory..")
        .check(CORE);
  }

  @Test
  void core_usesOnlyTheJdk() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("com.metalogics.booking.core..", "java..", "javax.crypto..")
        .check(CORE);
  }
}
