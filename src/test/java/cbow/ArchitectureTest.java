package cbow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules, checked on the compiled classes: every package sits in a layer and uses only the
 * layers below it (README, "Packages"), and no two packages depend on each other in a loop.
 */
@AnalyzeClasses(packages = "cbow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String CLI = "command line";
    private static final String API = "library API";
    private static final String JOBS = "jobs";
    private static final String READERS = "embeddings readers";
    private static final String NETWORKS = "networks";
    private static final String NETWORK_PARTS = "network parts";
    private static final String DATA = "data and files";
    private static final String FOUNDATION = "foundation";

    @ArchTest
    static final ArchRule importsPointDownTheLayers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer(CLI).definedBy("cbow.cli..")
            .layer(API).definedBy("cbow.api..")
            .layer(JOBS).definedBy("cbow.train..", "cbow.bench..", "cbow.spark..")
            .layer(READERS).definedBy("cbow.eval..", "cbow.plot..")
            .layer(NETWORKS).definedBy("cbow.model..")
            .layer(NETWORK_PARTS).definedBy("cbow.loss..", "cbow.optim..")
            .layer(DATA).definedBy("cbow.data..", "cbow.embed..")
            .layer(FOUNDATION).definedBy("cbow.text..", "cbow.vocab..", "cbow.dense..", "cbow.parallel..",
                    "cbow.io..", "cbow.synthetic..")
            .whereLayer(CLI).mayNotBeAccessedByAnyLayer()
            .whereLayer(API).mayNotBeAccessedByAnyLayer() // the library's face, beside the command line
            .whereLayer(JOBS).mayOnlyBeAccessedByLayers(CLI, API)
            .whereLayer(READERS).mayOnlyBeAccessedByLayers(CLI, JOBS)
            .whereLayer(NETWORKS).mayOnlyBeAccessedByLayers(CLI, API, JOBS)
            .whereLayer(NETWORK_PARTS).mayOnlyBeAccessedByLayers(CLI, API, JOBS, NETWORKS)
            .whereLayer(DATA).mayOnlyBeAccessedByLayers(CLI, API, JOBS, READERS, NETWORKS, NETWORK_PARTS)
            .whereLayer(FOUNDATION).mayOnlyBeAccessedByLayers(CLI, API, JOBS, READERS, NETWORKS, NETWORK_PARTS, DATA);

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("cbow.(*)..").should().beFreeOfCycles();

    /** Training on Spark is a job beside train: it may use train, never the reverse; only the command line calls it. */
    @ArchTest
    static final ArchRule onlyTheCommandLineUsesSpark = noClasses()
            .that().resideOutsideOfPackages("cbow.spark..", "cbow.cli..")
            .should().dependOnClassesThat().resideInAPackage("cbow.spark..");

    /**
     * Spark's own types stay inside cbow.spark: its jars are not in cbow.jar, so every other command
     * (and the spark command's options) must load without them.
     */
    @ArchTest
    static final ArchRule sparkTypesStayInTheSparkPackage = noClasses()
            .that().resideOutsideOfPackage("cbow.spark..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..");

    @ArchTest
    static final ArchRule theTwoJobsAreIndependent = slices().matching("cbow.(train|bench)..")
            .should().notDependOnEachOther();
}
