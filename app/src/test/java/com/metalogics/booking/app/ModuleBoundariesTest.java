package com.metalogics.booking.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * The module rules core's own architecture test cannot see: only here is every module on the
 * classpath, with the tests and test fixtures of the adapters that publish them.
 */
class ModuleBoundariesTest {

  private static final String INTERNAL = ".internal.";

  private static final JavaClasses ALL =
      new ClassFileImporter().importPackages("com.metalogics.booking");

  @Test
  void adapters_neverDependOnEachOther() {
    slices()
        .matching("com.metalogics.booking.adapter.(*)..")
        .should()
        .notDependOnEachOther()
        .check(ALL);
  }

  @Test
  void adapters_neverDependOnTheApplication() {
    noClasses()
        .that()
        .resideInAPackage("com.metalogics.booking.adapter..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.metalogics.booking.app..")
        .check(ALL);
  }

  @Test
  void internalPackages_areUsedOnlyInsideTheirOwnModule() {
    classes()
        .that()
        .resideInAPackage("..internal..")
        .should(beUsedOnlyInsideTheirModule())
        .check(ALL);
  }

  /** The module of {@code a.b.internal.c} is {@code a.b}: its own packages may use it. */
  private static ArchCondition<JavaClass> beUsedOnlyInsideTheirModule() {
    return new ArchCondition<>("be used only inside their own module") {
      @Override
      public void check(JavaClass internal, ConditionEvents events) {
        String name = internal.getPackageName() + ".";
        String module = name.substring(0, name.indexOf(INTERNAL));
        for (Dependency use : internal.getDirectDependenciesToSelf()) {
          String user = use.getOriginClass().getPackageName();
          if (!user.equals(module) && !user.startsWith(module + ".")) {
            events.add(SimpleConditionEvent.violated(use, use.getDescription()));
          }
        }
      }
    };
  }
}
