using ProdReady.Semantics.Project;

namespace ProdReady.Semantics.Tests.Project;

public sealed class TestCodeClassifierTests
{
    private static TestCodeClassifier Classifier(PytestSettings? settings = null, params string[] testRoots) =>
        new(settings ?? PytestSettings.Default, testRoots.Length == 0 ? ["tests"] : testRoots, ignoreCase: false);

    [Theory]
    [InlineData("test_app.py", true)]
    [InlineData("pkg/app_test.py", true)]
    [InlineData("pkg/test_.py", true)]
    [InlineData("pkg/testing.py", false)]
    [InlineData("pkg/app.py", false)]
    [InlineData("pkg/Test_app.py", false)]
    [InlineData("pkg/test_app.pyi", false)]
    [InlineData("pkg/test_app.py.txt", false)]
    [InlineData("conftest.py", false)]
    public void Collects_default_python_files(string path, bool expected) =>
        Assert.Equal(expected, Classifier().IsTestModule(path));

    [Theory]
    [InlineData(".hidden/test_a.py")]
    [InlineData("build/test_a.py")]
    [InlineData("pkg/dist/test_a.py")]
    [InlineData("thing.egg/test_a.py")]
    [InlineData("node_modules/x/test_a.py")]
    [InlineData("pkg/__pycache__/test_a.py")]
    public void Skips_folders_of_default_norecursedirs(string path) =>
        Assert.False(Classifier().IsTestModule(path));

    [Fact]
    public void Applies_custom_python_files()
    {
        var classifier = Classifier(new PytestSettings(pythonFiles: ["check_*.py", "*_spec.py"]));

        Assert.True(classifier.IsTestModule("tests/check_math.py"));
        Assert.True(classifier.IsTestModule("math_spec.py"));
        Assert.False(classifier.IsTestModule("tests/test_math.py"));
        Assert.False(classifier.IsTestModule("checker.py"));
    }

    [Fact]
    public void Matches_python_files_patterns_with_a_slash_against_the_path()
    {
        var classifier = Classifier(new PytestSettings(pythonFiles: ["tests/*.py"]));

        Assert.True(classifier.IsTestModule("tests/a.py"));
        Assert.True(classifier.IsTestModule("pkg/tests/unit/a.py"));
        Assert.False(classifier.IsTestModule("pkg/mytests/a.py"));
        Assert.False(classifier.IsTestModule("a.py"));
    }

    [Fact]
    public void Applies_custom_norecursedirs_by_name_and_by_path()
    {
        var classifier = Classifier(new PytestSettings(noRecurseDirs: ["vendor", "pkg/legacy"]));

        Assert.False(classifier.IsTestModule("vendor/test_a.py"));
        Assert.False(classifier.IsTestModule("src/pkg/legacy/test_a.py"));
        Assert.True(classifier.IsTestModule("build/test_a.py"));
        Assert.True(classifier.IsTestModule(".ci/test_a.py"));
    }

    [Theory]
    [InlineData("conftest.py")]
    [InlineData("pkg/conftest.py")]
    [InlineData("tests/helpers.py")]
    [InlineData("tests/deep/data/fixtures.py")]
    [InlineData("pkg/test/util.py")]
    [InlineData("pkg/testing/__init__.py")]
    [InlineData("src/pkg/tests/stubs.pyi")]
    [InlineData("test_app.py")]
    [InlineData("idlelib/idle_test/mock_tk.py")]
    [InlineData("integration_tests/client.py")]
    public void Classifies_test_code(string path) =>
        Assert.True(Classifier().IsTestCode(path));

    [Theory]
    [InlineData("pkg/app.py")]
    [InlineData("pkg/testing.py")]
    [InlineData("pkg/tests.py")]
    [InlineData("pkg/mytests/helpers.py")]
    [InlineData("pkg/Tests/helpers.py")]
    [InlineData("pkg/test_data/helpers.py")]
    [InlineData("pkg/latest/helpers.py")]
    [InlineData("pkg/contest/helpers.py")]
    [InlineData("../tests/a.py")]
    public void Classifies_production_code(string path) =>
        Assert.False(Classifier().IsTestCode(path));

    [Fact]
    public void Counts_files_below_configured_test_roots()
    {
        var classifier = Classifier(null, "qa/suite", "./checks/");

        Assert.True(classifier.IsTestCode("qa/suite/helpers.py"));
        Assert.True(classifier.IsTestCode("checks/util.py"));
        Assert.False(classifier.IsTestCode("qa/suite_helpers.py"));
        Assert.False(classifier.IsTestCode("qa/other.py"));
    }

    [Fact]
    public void Counts_files_below_testpaths_entries_with_glob_expansion()
    {
        var classifier = Classifier(new PytestSettings(testPaths: ["integration", "packages/*/checks", "e2e/**/cases", "smoke_run.py"]));

        Assert.True(classifier.IsTestCode("integration/helpers.py"));
        Assert.True(classifier.IsTestCode("packages/core/checks/util.py"));
        Assert.False(classifier.IsTestCode("packages/.hidden/checks/util.py"));
        Assert.False(classifier.IsTestCode("packages/core/sub/checks/util.py"));
        Assert.True(classifier.IsTestCode("e2e/cases/a.py"));
        Assert.True(classifier.IsTestCode("e2e/web/api/cases/a.py"));
        Assert.True(classifier.IsTestCode("smoke_run.py"));
        Assert.False(classifier.IsTestCode("integration_helpers.py"));
        Assert.False(classifier.IsTestCode("e2e/web/a.py"));
    }

    [Fact]
    public void Ignores_test_locations_that_name_the_whole_project()
    {
        var classifier = new TestCodeClassifier(new PytestSettings(testPaths: ["."]), ["./"], ignoreCase: false);

        Assert.False(classifier.IsTestCode("pkg/app.py"));
    }

    [Theory]
    [InlineData("test", true)]
    [InlineData("test_addition", true)]
    [InlineData("testing_helper", true)]
    [InlineData("Test_upper", false)]
    [InlineData("check_addition", false)]
    [InlineData("_test", false)]
    public void Applies_the_default_python_functions_prefix(string name, bool expected) =>
        Assert.Equal(expected, Classifier().IsTestFunctionName(name));

    [Theory]
    [InlineData("TestApp", true)]
    [InlineData("Testing", true)]
    [InlineData("AppTest", false)]
    [InlineData("testApp", false)]
    public void Applies_the_default_python_classes_prefix(string name, bool expected) =>
        Assert.Equal(expected, Classifier().IsTestClassName(name));

    [Fact]
    public void Applies_custom_prefixes_and_globs()
    {
        var classifier = Classifier(new PytestSettings(pythonClasses: ["Check", "*Suite", "[!_]Spec?"], pythonFunctions: ["check_", "*_should_*"]));

        Assert.True(classifier.IsTestClassName("CheckMath"));
        Assert.True(classifier.IsTestClassName("MathSuite"));
        Assert.True(classifier.IsTestClassName("XSpecs"));
        Assert.False(classifier.IsTestClassName("_Specs"));
        Assert.False(classifier.IsTestClassName("XSpec"));
        Assert.False(classifier.IsTestClassName("TestMath"));
        Assert.True(classifier.IsTestFunctionName("check_sum"));
        Assert.True(classifier.IsTestFunctionName("sum_should_add"));
        Assert.False(classifier.IsTestFunctionName("test_sum"));
    }

    [Fact]
    public void Treats_a_glob_looking_prefix_also_as_a_prefix()
    {
        var classifier = Classifier(new PytestSettings(pythonFunctions: ["t[e]st"]));

        Assert.True(classifier.IsTestFunctionName("test"));
        Assert.True(classifier.IsTestFunctionName("t[e]st_literal"));
        Assert.False(classifier.IsTestFunctionName("test_more"));
    }

    [Fact]
    public void Folds_case_when_asked_as_pytest_does_on_windows()
    {
        var classifier = new TestCodeClassifier(PytestSettings.Default, [], ignoreCase: true);

        Assert.True(classifier.IsTestModule("pkg/TEST_APP.PY".Replace(".PY", ".py", StringComparison.Ordinal)));
        Assert.False(classifier.IsTestFunctionName("Test_upper"));
    }
}
