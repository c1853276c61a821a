using ProdReady.Semantics.Environment;
using ProdReady.Testing;

namespace ProdReady.Semantics.Tests.Environment;

public sealed class DeclaredDependenciesTests
{
    private static string[] Sorted(IReadOnlySet<string> names) => [.. names.Order(StringComparer.Ordinal)];

    [Fact]
    public void Returns_project_dependencies_and_extras_by_kind()
    {
        using var tree = new TempTree().File("pyproject.toml", """
            [project]
            name = "app"
            requires-python = ">=3.10"
            dependencies = ["requests>=2", "PyYAML", "typing_extensions; python_version < '3.11'"]

            [project.optional-dependencies]
            test = ["pytest", "pytest-asyncio"]
            docs = ["Sphinx"]
            postgres = ["psycopg2-binary"]
            dev-tools = ["ruff"]
            """);

        var declared = new DeclaredDependencies(tree.Root);

        Assert.Equal(["psycopg2-binary", "pyyaml", "requests", "typing-extensions"], Sorted(declared.Runtime));
        Assert.Equal(["pytest", "pytest-asyncio", "ruff", "sphinx"], Sorted(declared.Development));
        Assert.True(declared.DeclaresAny);
        Assert.Equal(">=3.10", declared.RequiresPython);
        Assert.Equal(["pyproject.toml"], declared.Sources);
        Assert.Empty(declared.Problems);
        Assert.Equal("PyYAML", declared.DeclaredName("pyyaml"));
        Assert.Null(declared.DeclaredName("numpy"));
    }

    [Fact]
    public void Returns_dependency_groups_following_include_group()
    {
        using var tree = new TempTree().File("pyproject.toml", """
            [dependency-groups]
            test = ["pytest", {include-group = "coverage"}]
            coverage = ["coverage[toml]"]
            typing = ["mypy", {include-group = "Test"}]
            """);

        var declared = new DeclaredDependencies(tree.Root);

        Assert.Empty(declared.Runtime);
        Assert.Equal(["coverage", "mypy", "pytest"], Sorted(declared.Development));
        Assert.Empty(declared.Problems);
    }

    [Fact]
    public void Reports_include_group_cycles_and_unknown_groups()
    {
        using var tree = new TempTree().File("pyproject.toml", """
            [dependency-groups]
            a = ["one", {include-group = "b"}]
            b = ["two", {include-group = "a"}, {include-group = "missing"}]
            c = "not-a-list"
            """);

        var declared = new DeclaredDependencies(tree.Root);

        Assert.Equal(["one", "two"], Sorted(declared.Development));
        Assert.Contains(declared.Problems, p => p.Contains("includes itself", StringComparison.Ordinal));
        Assert.Contains("pyproject.toml: [dependency-groups].b includes the unknown group 'missing'", declared.Problems);
        Assert.Contains("pyproject.toml: [dependency-groups].c must be an array", declared.Problems);
    }

    [Fact]
    public void Returns_poetry_dependencies_and_groups_skipping_python()
    {
        using var tree = new TempTree().File("pyproject.toml", """
            [tool.poetry.dependencies]
            python = "^3.9"
            Django = "^4.2"
            celery = { version = "^5", extras = ["redis"] }

            [tool.poetry.dev-dependencies]
            black = "*"

            [tool.poetry.group.test.dependencies]
            pytest-django = "^4"

            [tool.poetry.group.main.dependencies]
            gunicorn = "*"
            """);

        var declared = new DeclaredDependencies(tree.Root);

        Assert.Equal(["celery", "django", "gunicorn"], Sorted(declared.Runtime));
        Assert.Equal(["black", "pytest-django"], Sorted(declared.Development));
        Assert.Equal("^3.9", declared.RequiresPython);
        Assert.Equal(PythonVersion.Parse("3.9"), PythonVersion.FromRequiresPython(declared.RequiresPython));
    }

    [Fact]
    public void Returns_pdm_uv_and_hatch_development_dependencies()
    {
        using var tree = new TempTree().File("pyproject.toml", """
            [tool.pdm.dev-dependencies]
            lint = ["flake8"]
            local = ["-e file:///${PROJECT_ROOT}/libs/helper#egg=helper"]

            [tool.uv]
            dev-dependencies = ["pytest-cov"]

            [tool.hatch.envs.default]
            dependencies = ["hypothesis"]
            """);

        var declared = new DeclaredDependencies(tree.Root);

        Assert.Equal(["flake8", "helper", "hypothesis", "pytest-cov"], Sorted(declared.Development));
        Assert.True(declared.DeclaresAny);
    }

    [Fact]
    public void Returns_nothing_declared_for_a_pyproject_without_dependency_tables()
    {
        using var tree = new TempTree().File("pyproject.toml", "[tool.black]\nline-length = 100\n");

        var declared = new DeclaredDependencies(tree.Root);

        Assert.False(declared.DeclaresAny);
        Assert.Empty(declared.Runtime);
        Assert.Equal(["pyproject.toml"], declared.Sources);
        Assert.Null(declared.RequiresPython);
    }

    [Fact]
    public void Returns_declared_for_an_explicitly_empty_dependency_list()
    {
        using var tree = new TempTree().File("pyproject.toml", "[project]\nname = \"x\"\ndependencies = []\n");

        Assert.True(new DeclaredDependencies(tree.Root).DeclaresAny);
    }

    [Fact]
    public void Returns_nothing_for_an_empty_folder()
    {
        using var tree = new TempTree();

        var declared = new DeclaredDependencies(tree.Root);

        Assert.False(declared.DeclaresAny);
        Assert.Empty(declared.Runtime);
        Assert.Empty(declared.Development);
        Assert.Empty(declared.Sources);
        Assert.Empty(declared.Problems);
    }

    [Fact]
    public void Reports_malformed_toml_and_keeps_reading_other_files()
    {
        using var tree = new TempTree()
            .File("pyproject.toml", "[project\ndependencies = [\"x\"\n")
            .File("requirements.txt", "flask\n");

        var declared = new DeclaredDependencies(tree.Root);

        Assert.Equal(["flask"], Sorted(declared.Runtime));
        var problem = Assert.Single(declared.Problems);
        Assert.StartsWith("pyproject.toml: invalid TOML at 1:", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_values_of_the_wrong_type_and_bad_requirements()
    {
        using var tree = new TempTree().File("pyproject.toml", """
            [project]
            dependencies = "requests"

            [project.optional-dependencies]
            extra = ["ok-name", 42, "not a requirement!"]
            """);

        var declared = new DeclaredDependencies(tree.Root);

        Assert.Equal(["ok-name"], Sorted(declared.Runtime));
        Assert.Equal(
            [
                "pyproject.toml: [project].dependencies must be an array of strings",
                "pyproject.toml: [project.optional-dependencies].extra holds a value that is not a string",
                "pyproject.toml: [project.optional-dependencies].extra: cannot read the requirement 'not a requirement!'",
            ],
            declared.Problems);
    }

    [Fact]
    public void Returns_requirements_files_by_name_with_includes_and_options()
    {
        using var tree = new TempTree()
            .File("requirements.txt", """
                # runtime
                --index-url https://example.invalid/simple
                -r requirements/base.txt
                Django>=4 \
                    --hash=sha256:abc
                gunicorn  # the server
                https://example.invalid/wheels/uvloop-0.19.0-cp311-cp311-linux_x86_64.whl
                -e git+https://example.invalid/lib.git#egg=internal-lib
                -e .
                """)
            .File("requirements/base.txt", "celery[redis]==5.3 ; python_version >= '3.8'\n")
            .File("requirements-dev.txt", "-r requirements.txt\n-c constraints.txt\npytest\n")
            .File("constraints.txt", "pinned-only==1.0\n")
            .File("dev-requirements.in", "mypy\n")
            .File("requirements/docs.txt", "sphinx\n")
            .File("requirements/prod.in", "sentry-sdk\n")
            .File("requirements_test.txt", "pytest-mock\n")
            .File("notes.txt", "not-a-dependency\n");

        var declared = new DeclaredDependencies(tree.Root);

        Assert.Equal(["celery", "django", "gunicorn", "internal-lib", "sentry-sdk", "uvloop"], Sorted(declared.Runtime));
        Assert.Equal(["mypy", "pytest", "pytest-mock", "sphinx"], Sorted(declared.Development));
        Assert.Empty(declared.Problems);
        Assert.Contains("constraints.txt", declared.Sources);
        Assert.DoesNotContain("notes.txt", declared.Sources);
    }

    [Fact]
    public void Reports_include_cycles_and_missing_includes_once()
    {
        using var tree = new TempTree()
            .File("requirements.txt", "-r a.txt\nflask\n")
            .File("a.txt", "-r b.txt\nclick\n")
            .File("b.txt", "--requirement=a.txt\n-r missing.txt\n-r https://example.invalid/remote.txt\n-r\nrich\n");

        var declared = new DeclaredDependencies(tree.Root);

        Assert.Equal(["click", "flask", "rich"], Sorted(declared.Runtime));
        Assert.Equal(
            [
                "b.txt: include cycle: a.txt -> b.txt -> a.txt",
                "missing.txt: file not found",
                "b.txt:3: 'https://example.invalid/remote.txt' is remote and was not read",
                "b.txt:4: '-r' without a file",
            ],
            declared.Problems);
    }

    [Fact]
    public void Reports_a_file_that_includes_itself()
    {
        using var tree = new TempTree().File("requirements.txt", "-r requirements.txt\nflask\n");

        var declared = new DeclaredDependencies(tree.Root);

        Assert.Equal(["flask"], Sorted(declared.Runtime));
        Assert.Equal(["requirements.txt: include cycle: requirements.txt -> requirements.txt"], declared.Problems);
    }

    [Fact]
    public void Reports_unreadable_requirement_lines_with_their_line_number()
    {
        using var tree = new TempTree().File("requirements.txt", "flask\n\n==1.0\nclick ; python_version <<< 'nonsense'\n");

        var declared = new DeclaredDependencies(tree.Root);

        Assert.Equal(["click", "flask"], Sorted(declared.Runtime));
        Assert.Equal(["requirements.txt:3: cannot read the requirement '==1.0'"], declared.Problems);
    }

    [Fact]
    public void Returns_setup_cfg_requirements_and_extras()
    {
        using var tree = new TempTree().File("setup.cfg", """
            [metadata]
            name = app

            [options]
            python_requires = >=3.8
            install_requires =
                requests>=2
                # a comment
                click; python_version>"3.6"
            tests_require = nose2

            [options.extras_require]
            testing =
                pytest
            yaml = PyYAML
            """);

        var declared = new DeclaredDependencies(tree.Root);

        Assert.Equal(["click", "pyyaml", "requests"], Sorted(declared.Runtime));
        Assert.Equal(["nose2", "pytest"], Sorted(declared.Development));
        Assert.Equal(">=3.8", declared.RequiresPython);
        Assert.Equal(["setup.cfg"], declared.Sources);
    }

    [Fact]
    public void Returns_setup_cfg_file_directive_as_requirements()
    {
        using var tree = new TempTree()
            .File("setup.cfg", "[options]\ninstall_requires = file: deps/runtime.in\n")
            .File("deps/runtime.in", "attrs\n");

        Assert.Equal(["attrs"], Sorted(new DeclaredDependencies(tree.Root).Runtime));
    }

    [Fact]
    public void Reports_malformed_ini()
    {
        using var tree = new TempTree().File("setup.cfg", "install_requires = x\n").File("tox.ini", "[tox\n");

        var declared = new DeclaredDependencies(tree.Root);

        Assert.Equal(
            ["setup.cfg: invalid INI at line 1: key before the first [section]", "tox.ini: invalid INI at line 1: section header without ']'"],
            declared.Problems);
        Assert.False(declared.DeclaresAny);
    }

    [Fact]
    public void Returns_tox_deps_as_development_dependencies()
    {
        using var tree = new TempTree()
            .File("tox.ini", """
                [tox]
                envlist = py311, lint

                [testenv]
                deps =
                    -r{toxinidir}/requirements-test.txt
                    py38,py39: importlib-metadata
                    !lint: coverage
                    {[base]deps}
                    pytest-xdist
                commands = pytest

                [testenv:lint]
                deps = ruff
                """)
            .File("requirements-test.txt", "pytest\n");

        var declared = new DeclaredDependencies(tree.Root);

        Assert.Empty(declared.Runtime);
        Assert.Equal(["coverage", "importlib-metadata", "pytest", "pytest-xdist", "ruff"], Sorted(declared.Development));
        Assert.Empty(declared.Problems);
    }

    [Fact]
    public void Returns_pipfile_packages()
    {
        using var tree = new TempTree().File("Pipfile", """
            [packages]
            requests = "*"

            [dev-packages]
            pytest = "*"

            [requires]
            python_version = "3.11"
            """);

        var declared = new DeclaredDependencies(tree.Root);

        Assert.Equal(["requests"], Sorted(declared.Runtime));
        Assert.Equal(["pytest"], Sorted(declared.Development));
        Assert.Equal(">=3.11", declared.RequiresPython);
    }

    [Fact]
    public void Returns_setuptools_dynamic_dependency_files()
    {
        using var tree = new TempTree()
            .File("pyproject.toml", """
                [project]
                dynamic = ["dependencies", "optional-dependencies"]

                [tool.setuptools.dynamic]
                dependencies = { file = ["deps.txt"] }
                optional-dependencies.test = { file = ["test-deps.txt"] }
                """)
            .File("deps.txt", "numpy\n")
            .File("test-deps.txt", "pytest\n");

        var declared = new DeclaredDependencies(tree.Root);

        Assert.Equal(["numpy"], Sorted(declared.Runtime));
        Assert.Equal(["pytest"], Sorted(declared.Development));
    }

    [Fact]
    public void Returns_runtime_only_once_when_also_declared_for_development()
    {
        using var tree = new TempTree().File("pyproject.toml", """
            [project]
            dependencies = ["attrs"]

            [project.optional-dependencies]
            dev = ["attrs", "pytest"]
            """);

        var declared = new DeclaredDependencies(tree.Root);

        Assert.Equal(["attrs"], Sorted(declared.Runtime));
        Assert.Equal(["pytest"], Sorted(declared.Development));
    }

    [Theory]
    [InlineData("test", true)]
    [InlineData("tests", true)]
    [InlineData("testing", true)]
    [InlineData("dev", true)]
    [InlineData("develop", true)]
    [InlineData("development", true)]
    [InlineData("lint", true)]
    [InlineData("typing", true)]
    [InlineData("docs", true)]
    [InlineData("doc", true)]
    [InlineData("check", true)]
    [InlineData("coverage", true)]
    [InlineData("requirements-ci", true)]
    [InlineData("all", false)]
    [InlineData("postgres", false)]
    [InlineData("yaml", false)]
    [InlineData("prod", false)]
    [InlineData("base", false)]
    public void Returns_whether_a_name_is_about_development(string name, bool expected)
    {
        Assert.Equal(expected, DeclaredDependencies.IsDevelopmentName(name));
    }
}
