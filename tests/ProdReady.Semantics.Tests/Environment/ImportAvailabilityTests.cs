using ProdReady.Semantics.Environment;
using ProdReady.Testing;

namespace ProdReady.Semantics.Tests.Environment;

public sealed class ImportAvailabilityTests
{
    private static ImportAvailability Build(TempTree tree, string? virtualEnvironment = null) =>
        new(new DeclaredDependencies(tree.Root), virtualEnvironment);

    [Fact]
    public void Returns_runtime_development_and_undeclared_through_the_table()
    {
        using var tree = new TempTree().File("pyproject.toml", """
            [project]
            dependencies = ["pyyaml", "Pillow", "scikit-learn", "protobuf", "google-cloud-storage", "typing-extensions", "attrs"]

            [project.optional-dependencies]
            test = ["pytest", "pytest-asyncio"]
            """);

        var availability = Build(tree);

        Assert.Equal(new DependencyVerdict(DependencyStatus.Runtime, "pyyaml"), availability.Classify("yaml"));
        Assert.Equal(new DependencyVerdict(DependencyStatus.Runtime, "Pillow"), availability.Classify("PIL"));
        Assert.Equal(DependencyStatus.Runtime, availability.Classify("PIL.Image").Status);
        Assert.Equal(new DependencyVerdict(DependencyStatus.Runtime, "scikit-learn"), availability.Classify("sklearn"));
        Assert.Equal(new DependencyVerdict(DependencyStatus.Runtime, "protobuf"), availability.Classify("google.protobuf.message"));
        Assert.Equal(new DependencyVerdict(DependencyStatus.Runtime, "google-cloud-storage"), availability.Classify("google.cloud.storage"));
        Assert.Equal(DependencyStatus.Runtime, availability.Classify("google").Status);
        Assert.Equal(new DependencyVerdict(DependencyStatus.Runtime, "typing-extensions"), availability.Classify("typing_extensions"));
        Assert.Equal(DependencyStatus.Runtime, availability.Classify("attr").Status);
        Assert.Equal(new DependencyVerdict(DependencyStatus.Development, "pytest"), availability.Classify("_pytest"));
        Assert.Equal(new DependencyVerdict(DependencyStatus.Development, "pytest-asyncio"), availability.Classify("pytest_asyncio"));
        Assert.Equal(new DependencyVerdict(DependencyStatus.Undeclared, "beautifulsoup4"), availability.Classify("bs4"));
        Assert.Equal(new DependencyVerdict(DependencyStatus.Undeclared, "numpy"), availability.Classify("numpy.linalg"));
        Assert.Null(availability.VirtualEnvironmentPath);
    }

    [Fact]
    public void Ignores_a_namespace_sibling_that_no_declared_distribution_provides()
    {
        using var tree = new TempTree().File("requirements.txt", "google-cloud-storage\n");

        var availability = Build(tree);

        Assert.Equal(new DependencyVerdict(DependencyStatus.Undeclared, "protobuf"), availability.Classify("google.protobuf"));
    }

    [Theory]
    [InlineData("yaml", "PyYAML")]
    [InlineData("PIL", "Pillow")]
    [InlineData("bs4", "beautifulsoup4")]
    [InlineData("sklearn", "scikit-learn")]
    [InlineData("skimage", "scikit-image")]
    [InlineData("dateutil", "python-dateutil")]
    [InlineData("cv2", "opencv-python")]
    [InlineData("google.protobuf", "protobuf")]
    [InlineData("google.cloud.storage", "google-cloud-storage")]
    [InlineData("win32api", "pywin32")]
    [InlineData("pywintypes", "pywin32")]
    [InlineData("jwt", "PyJWT")]
    [InlineData("jose", "python-jose")]
    [InlineData("Crypto", "pycryptodome")]
    [InlineData("OpenSSL", "pyOpenSSL")]
    [InlineData("dns", "dnspython")]
    [InlineData("magic", "python-magic")]
    [InlineData("MySQLdb", "mysqlclient")]
    [InlineData("psycopg2", "psycopg2")]
    [InlineData("zmq", "pyzmq")]
    [InlineData("pkg_resources", "setuptools")]
    [InlineData("_pytest", "pytest")]
    [InlineData("msgpack", "msgpack")]
    [InlineData("attr", "attrs")]
    [InlineData("requests", "requests")]
    [InlineData("some_unknown.sub", "some_unknown")]
    public void Returns_the_distribution_to_suggest_for_an_import(string import, string distribution)
    {
        using var tree = new TempTree();

        Assert.Equal(distribution, Build(tree).SuggestDistribution(import));
    }

    [Fact]
    public void Returns_venv_metadata_for_installed_distributions()
    {
        using var tree = new TempTree()
            .File("requirements.txt", "Weird-Dist\n")
            .File(".venv/lib/python3.12/site-packages/weird_dist-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: Weird-Dist\nVersion: 1.0\n\nName: not-this\n")
            .File(".venv/lib/python3.12/site-packages/weird_dist-1.0.dist-info/top_level.txt", "totally_other\n")
            .File(".venv/lib/python3.12/site-packages/extra_tool-2.0.dist-info/METADATA", "Name: extra-tool\n")
            .File(".venv/lib/python3.12/site-packages/extra_tool-2.0.dist-info/RECORD", """
                extratool/__init__.py,sha256=x,10
                extratool/__pycache__/__init__.cpython-312.pyc,,
                extra_helper.py,sha256=y,5
                _speedups.cpython-312-x86_64-linux-gnu.so,sha256=z,9
                extra_tool-2.0.dist-info/METADATA,,
                ../../../bin/extra-tool,,
                """);

        var availability = Build(tree);

        Assert.Equal(tree.Path(".venv"), availability.VirtualEnvironmentPath);
        Assert.Equal(["extra-tool", "weird-dist"], availability.InstalledDistributions.Order(StringComparer.Ordinal));
        Assert.Equal(new DependencyVerdict(DependencyStatus.Runtime, "Weird-Dist"), availability.Classify("totally_other"));
        Assert.Equal(new DependencyVerdict(DependencyStatus.InstalledUndeclared, "extra-tool"), availability.Classify("extratool.sub"));
        Assert.Equal(DependencyStatus.InstalledUndeclared, availability.Classify("extra_helper").Status);
        Assert.Equal(DependencyStatus.InstalledUndeclared, availability.Classify("_speedups").Status);
        Assert.Equal("extra-tool", availability.SuggestDistribution("extratool"));
        Assert.Equal(DependencyStatus.Undeclared, availability.Classify("weird_dist").Status);
        Assert.Empty(availability.Problems);
    }

    [Fact]
    public void Returns_the_explicit_virtual_environment_over_the_project_folder()
    {
        using var tree = new TempTree()
            .File("venv/lib/python3.11/site-packages/a-1.dist-info/METADATA", "Name: a\n")
            .File("elsewhere/Lib/site-packages/b-1.dist-info/METADATA", "Name: b\n")
            .File("elsewhere/Lib/site-packages/b-1.dist-info/top_level.txt", "bee\n")
            .File("elsewhere/Lib/site-packages/old.egg-info/PKG-INFO", "Name: old-style\n")
            .File("elsewhere/Lib/site-packages/old.egg-info/top_level.txt", "oldstyle\n");

        var fromFolder = Build(tree);
        var explicitOne = Build(tree, tree.Path("elsewhere"));
        var missing = Build(tree, tree.Path("no-such-env"));

        Assert.Equal(["a"], fromFolder.InstalledDistributions);
        Assert.Equal(["b", "old-style"], explicitOne.InstalledDistributions.Order(StringComparer.Ordinal));
        Assert.Equal(new DependencyVerdict(DependencyStatus.InstalledUndeclared, "old-style"), explicitOne.Classify("oldstyle"));
        Assert.Null(missing.VirtualEnvironmentPath);
        Assert.Empty(missing.InstalledDistributions);
    }

    [Fact]
    public void Survives_metadata_without_a_name_by_using_the_folder_name()
    {
        using var tree = new TempTree()
            .File(".venv/lib/python3.13/site-packages/no_name-0.1.dist-info/METADATA", "Version: 0.1\n")
            .File(".venv/lib/python3.13/site-packages/no_name-0.1.dist-info/RECORD", "noname.py,,\n");

        var availability = Build(tree);

        Assert.Equal(new DependencyVerdict(DependencyStatus.InstalledUndeclared, "no_name"), availability.Classify("noname"));
    }

    [Fact]
    public void Returns_nothing_importable_for_stub_only_distributions()
    {
        using var tree = new TempTree().File("requirements-dev.txt", "types-requests\n");

        var availability = Build(tree);

        Assert.Equal(new DependencyVerdict(DependencyStatus.Undeclared, "requests"), availability.Classify("requests"));
        Assert.Equal(DependencyStatus.Undeclared, availability.Classify("types_requests").Status);
    }
}
