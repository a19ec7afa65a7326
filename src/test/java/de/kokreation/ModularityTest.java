package de.kokreation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(KokreationApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicApi() {
        modules.verify();
    }

    /**
     * The published reads and the seed writers skip the services' authorization on purpose: reads
     * serve other modules' bulk work, seed writers the demo data. Views must go through services.
     */
    @Test
    void viewsUseServicesAndOnlyDemoDataUsesSeedWriters() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.kokreation");
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..reads..", "..seed..")
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackages("de.kokreation.demo..", "..seed..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..seed..")
                .check(classes);
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
