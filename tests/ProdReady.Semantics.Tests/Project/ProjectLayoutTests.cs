using System.Diagnostics;
using ProdReady.Semantics.Project;

namespace ProdReady.Semantics.Tests.Project;

public sealed class ProjectLayoutTests
{
    private const string Root = "/project";

    private static ProjectLayout Layout(string[] files, params string[] sourceRoots) =>
        new(Root, files, sourceRoots.Length == 0 ? ["."] : sourceRoots);

    private static readonly string[] s_flat =
    [
        "app/__init__.py", "app/core.py", "app/sub/__init__.py", "app/sub/deep.py", "main.py",
        "tests/test_core.py", "tests/helpers.py", "scripts/tool.py", "my-script.py", "README.md",
    ];

    [Theory]
    [InlineData("app/__init__.py", "app")]
    [InlineData("app/core.py", "app.core")]
    [InlineData("app/sub/__init__.py", "app.sub")]
    [InlineData("app/sub/deep.py", "app.sub.deep")]
    [InlineData("main.py", "main")]
    [InlineData("tests/test_core.py", "tests.test_core")]
    [InlineData("scripts/tool.py", "scripts.tool")]
    [InlineData("my-script.py", null)]
    [InlineData("README.md", null)]
    public void Names_modules_of_a_flat_layout(string path, string? expected) =>
        Assert.Equal(expected, Layout(s_flat).GetModuleName(path));

    [Fact]
    public void Resolves_modules_and_packages_of_a_flat_layout()
    {
        var layout = Layout(s_flat);

        Assert.Equal(["."], layout.SourceRoots);
        var core = layout.Resolve("app.core")!;
        Assert.Equal(("app.core", ModuleKind.Module, "app/core.py", (string?)null), (core.Name, core.Kind, core.Path, core.StubPath));
        Assert.Empty(core.Directories);
        Assert.False(core.IsPackage);
        var app = layout.Resolve("app")!;
        Assert.Equal(ModuleKind.Package, app.Kind);
        Assert.Equal("app/__init__.py", app.Path);
        Assert.Equal(["app"], app.Directories);
        Assert.True(app.IsPackage);
        Assert.Equal("app/sub/deep.py", layout.Resolve("app.sub.deep")!.Path);
        Assert.Null(layout.Resolve("app.missing"));
        Assert.Null(layout.Resolve("app.core.attribute"));
        Assert.Null(layout.Resolve("requests"));
        Assert.Null(layout.Resolve("app..core"));
        Assert.Null(layout.Resolve(""));
        Assert.True(layout.ModuleExists("main"));
        Assert.False(layout.ModuleExists("main.sub"));
    }

    [Fact]
    public void Resolves_a_package_s_init_imported_as_a_module_of_its_own()
    {
        var layout = Layout(s_flat);

        var init = layout.Resolve("app.sub.__init__")!;
        Assert.Equal(("app.sub.__init__", ModuleKind.Module, "app/sub/__init__.py"), (init.Name, init.Kind, init.Path));
        Assert.False(init.IsPackage);
        Assert.Null(layout.Resolve("app.__init__.core"));
        Assert.Null(layout.Resolve("main.__init__"));
        Assert.Null(layout.Resolve("tests.__init__"));
        Assert.Null(layout.Resolve("app.core.__init__"));
    }

    [Fact]
    public void Every_file_resolves_back_to_itself()
    {
        var layout = Layout(s_flat);

        foreach (var file in s_flat)
        {
            if (layout.GetModuleName(file) is { } name)
            {
                Assert.Equal(file, layout.Resolve(name, file)!.Path);
            }
        }
    }

    [Fact]
    public void Treats_a_folder_without_init_as_a_namespace_package()
    {
        var layout = Layout(s_flat);

        var tests = layout.Resolve("tests")!;
        Assert.Equal(ModuleKind.NamespacePackage, tests.Kind);
        Assert.Null(tests.Path);
        Assert.Equal(["tests"], tests.Directories);
        Assert.Equal(["helpers", "test_core"], layout.GetSubmodules("tests"));
    }

    [Fact]
    public void Finds_modules_beside_a_test_through_its_import_root()
    {
        var layout = Layout(s_flat);

        Assert.Equal("tests", layout.GetImportRoot("tests/test_core.py"));
        Assert.Equal(".", layout.GetImportRoot("app/sub/deep.py"));
        Assert.Null(layout.Resolve("helpers"));
        Assert.Null(layout.Resolve("helpers", "app/core.py"));
        var helpers = layout.Resolve("helpers", "tests/test_core.py")!;
        Assert.Equal("tests/helpers.py", helpers.Path);
        Assert.Equal("helpers", helpers.Name);
        Assert.True(layout.ModuleExists("helpers", "tests/new_test.py"));
    }

    [Theory]
    [InlineData("app", true)]
    [InlineData("app.core", true)]
    [InlineData("main", true)]
    [InlineData("tests", true)]
    [InlineData("scripts", true)]
    [InlineData("helpers", true)]
    [InlineData("test_core", true)]
    [InlineData("requests", false)]
    [InlineData("core", false)]
    [InlineData("my-script", false)]
    public void Knows_first_party_top_level_names(string name, bool expected) =>
        Assert.Equal(expected, Layout(s_flat).IsProjectTopLevel(name));

    [Fact]
    public void Lists_submodules_of_a_package()
    {
        var layout = Layout(s_flat);

        Assert.Equal(["core", "sub"], layout.GetSubmodules("app"));
        Assert.Empty(layout.GetSubmodules("app.core"));
        Assert.Empty(layout.GetSubmodules("missing"));
    }

    [Fact]
    public void Detects_a_src_layout_under_the_default_root()
    {
        var layout = Layout(["src/pkg/__init__.py", "src/pkg/mod.py", "tests/test_mod.py", "noxfile.py"]);

        Assert.Equal(["src", "."], layout.SourceRoots);
        Assert.Equal("pkg.mod", layout.GetModuleName("src/pkg/mod.py"));
        Assert.Equal("pkg", layout.GetModuleName("src/pkg/__init__.py"));
        Assert.Equal("tests.test_mod", layout.GetModuleName("tests/test_mod.py"));
        Assert.Equal("noxfile", layout.GetModuleName("noxfile.py"));
        Assert.Equal("src/pkg/mod.py", layout.Resolve("pkg.mod")!.Path);
        Assert.True(layout.IsProjectTopLevel("pkg"));
        Assert.True(layout.IsProjectTopLevel("noxfile"));
    }

    [Fact]
    public void Detects_a_src_layout_of_plain_modules_and_namespace_packages()
    {
        Assert.Equal(["src", "."], Layout(["src/tool.py"]).SourceRoots);
        var layout = Layout(["src/company/product/__init__.py", "src/company/product/api.py"]);
        Assert.Equal(["src", "."], layout.SourceRoots);
        Assert.Equal("company.product.api", layout.GetModuleName("src/company/product/api.py"));
        Assert.Equal(ModuleKind.NamespacePackage, layout.Resolve("company")!.Kind);
    }

    [Fact]
    public void Keeps_the_default_root_when_src_is_a_package_or_holds_no_package()
    {
        var package = Layout(["src/__init__.py", "src/mod.py"]);
        Assert.Equal(["."], package.SourceRoots);
        Assert.Equal("src.mod", package.GetModuleName("src/mod.py"));

        var scripts = Layout(["src/scripts/run.py"]);
        Assert.Equal(["."], scripts.SourceRoots);
        Assert.Equal("src.scripts.run", scripts.GetModuleName("src/scripts/run.py"));
    }

    [Fact]
    public void Uses_configured_roots_as_given()
    {
        var layout = Layout(["src/pkg/__init__.py", "lib/other.py", "tests/test_a.py"], "./lib/", "lib");

        Assert.Equal(["lib"], layout.SourceRoots);
        Assert.Equal("other", layout.GetModuleName("lib/other.py"));
        Assert.Equal("pkg", layout.GetModuleName("src/pkg/__init__.py"));
        Assert.Equal("test_a", layout.GetModuleName("tests/test_a.py"));
        Assert.Null(layout.Resolve("pkg"));
        Assert.NotNull(layout.Resolve("pkg", "src/pkg/__init__.py"));
        Assert.True(layout.IsProjectTopLevel("pkg"));
        Assert.True(layout.IsProjectTopLevel("other"));
        Assert.True(layout.IsProjectTopLevel("test_a"));
    }

    [Fact]
    public void Merges_namespace_portions_across_two_roots()
    {
        var layout = Layout(
            ["lib1/ns/a/__init__.py", "lib1/ns/a/x.py", "lib2/ns/b/__init__.py", "lib2/ns/b/y.py", "lib2/ns/c.py"],
            "lib1", "lib2");

        Assert.Equal("ns.a.x", layout.GetModuleName("lib1/ns/a/x.py"));
        Assert.Equal("ns.b", layout.GetModuleName("lib2/ns/b/__init__.py"));
        Assert.Equal("ns.c", layout.GetModuleName("lib2/ns/c.py"));
        Assert.Equal("lib1/ns", layout.GetImportRoot("lib1/ns/a/x.py"));
        var ns = layout.Resolve("ns")!;
        Assert.Equal(ModuleKind.NamespacePackage, ns.Kind);
        Assert.Equal(["lib1/ns", "lib2/ns"], ns.Directories);
        Assert.Equal("lib2/ns/b/y.py", layout.Resolve("ns.b.y")!.Path);
        Assert.Equal("lib1/ns/a/x.py", layout.Resolve("ns.a.x")!.Path);
        Assert.Equal(["a", "b", "c"], layout.GetSubmodules("ns"));
        Assert.True(layout.IsProjectTopLevel("ns"));
    }

    [Fact]
    public void Lets_a_regular_package_in_an_earlier_root_shadow_later_roots()
    {
        var layout = Layout(["first/pkg/__init__.py", "first/pkg/a.py", "second/pkg/__init__.py", "second/pkg/b.py"], "first", "second");

        Assert.Equal("first/pkg/__init__.py", layout.Resolve("pkg")!.Path);
        Assert.NotNull(layout.Resolve("pkg.a"));
        Assert.Null(layout.Resolve("pkg.b"));
        Assert.Equal(["a"], layout.GetSubmodules("pkg"));
    }

    [Fact]
    public void Lets_a_module_in_a_later_root_win_over_an_earlier_namespace_portion()
    {
        var layout = Layout(["first/thing/data.py", "second/thing.py"], "first", "second");

        var thing = layout.Resolve("thing")!;
        Assert.Equal(ModuleKind.Module, thing.Kind);
        Assert.Equal("second/thing.py", thing.Path);
        Assert.Null(layout.Resolve("thing.data"));
    }

    [Fact]
    public void Prefers_a_package_folder_to_a_module_file_of_the_same_name()
    {
        var layout = Layout(["x/__init__.py", "x.py"]);

        Assert.Equal(ModuleKind.Package, layout.Resolve("x")!.Kind);
    }

    [Fact]
    public void Names_tests_in_a_folder_without_init_by_the_import_root_rule()
    {
        var layout = Layout(["pkg/__init__.py", "tests/unit/test_a.py", "tests/unit/helpers.py"], "pkg-root-that-does-not-exist");

        Assert.Equal("test_a", layout.GetModuleName("tests/unit/test_a.py"));
        Assert.Equal("tests/unit", layout.GetImportRoot("tests/unit/test_a.py"));
        Assert.Equal("tests/unit/helpers.py", layout.Resolve("helpers", "tests/unit/test_a.py")!.Path);
        Assert.Null(layout.ResolveRelative("tests/unit/test_a.py", 1, "helpers"));
    }

    [Fact]
    public void Names_tests_in_a_folder_with_init_as_a_package()
    {
        var layout = Layout(["tests/__init__.py", "tests/test_a.py", "tests/helpers.py", "tests/unit/__init__.py", "tests/unit/test_b.py"]);

        Assert.Equal("tests.test_a", layout.GetModuleName("tests/test_a.py"));
        Assert.Equal("tests.unit.test_b", layout.GetModuleName("tests/unit/test_b.py"));
        Assert.Equal(".", layout.GetImportRoot("tests/unit/test_b.py"));
        Assert.Null(layout.Resolve("helpers", "tests/test_a.py"));
        Assert.Equal("tests/helpers.py", layout.Resolve("tests.helpers")!.Path);
        Assert.Equal("tests.helpers", layout.ResolveRelative("tests/unit/test_b.py", 2, "helpers"));
        Assert.False(layout.IsProjectTopLevel("helpers"));
    }

    [Theory]
    [InlineData("a/b/c/m.py", 1, null, "a.b.c")]
    [InlineData("a/b/c/m.py", 1, "x", "a.b.c.x")]
    [InlineData("a/b/c/m.py", 2, null, "a.b")]
    [InlineData("a/b/c/m.py", 3, "y.z", "a.y.z")]
    [InlineData("a/b/c/m.py", 4, "x", null)]
    [InlineData("a/b/c/__init__.py", 1, null, "a.b.c")]
    [InlineData("a/b/c/__init__.py", 1, "m", "a.b.c.m")]
    [InlineData("a/b/c/__init__.py", 3, null, "a")]
    [InlineData("a/b/c/__init__.py", 4, null, null)]
    [InlineData("a/__init__.py", 1, "b", "a.b")]
    [InlineData("a/__init__.py", 2, null, null)]
    [InlineData("a/m.py", 1, "", "a")]
    [InlineData("top.py", 1, "x", null)]
    [InlineData("a/b/not_listed.py", 1, "c", "a.b.c")]
    [InlineData("a/b/my-file.py", 1, "c", null)]
    public void Resolves_relative_imports_at_every_level(string file, int level, string? module, string? expected)
    {
        var layout = Layout(["a/__init__.py", "a/m.py", "a/b/__init__.py", "a/b/c/__init__.py", "a/b/c/m.py", "top.py"]);

        Assert.Equal(expected, layout.ResolveRelative(file, level, module));
    }

    [Fact]
    public void Rejects_a_relative_import_level_below_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Layout(s_flat).ResolveRelative("app/core.py", 0, "x"));

    [Fact]
    public void Resolves_relative_imports_of_namespace_named_files()
    {
        var layout = Layout(["src/ns/pkg/__init__.py", "src/ns/pkg/mod.py", "src/ns/other.py"], "src");

        Assert.Equal("ns.pkg.sibling", layout.ResolveRelative("src/ns/pkg/mod.py", 1, "sibling"));
        Assert.Equal("ns.other", layout.ResolveRelative("src/ns/pkg/mod.py", 2, "other"));
        Assert.Null(layout.ResolveRelative("src/ns/pkg/mod.py", 3, "other"));
    }

    [Fact]
    public void Treats_stubs_as_the_same_module()
    {
        var layout = Layout(["pkg/__init__.pyi", "pkg/mod.py", "pkg/mod.pyi", "pkg/only_stub.pyi"]);

        var package = layout.Resolve("pkg")!;
        Assert.Equal(ModuleKind.Package, package.Kind);
        Assert.Equal("pkg/__init__.pyi", package.Path);
        Assert.Equal("pkg/__init__.pyi", package.StubPath);
        var module = layout.Resolve("pkg.mod")!;
        Assert.Equal("pkg/mod.py", module.Path);
        Assert.Equal("pkg/mod.pyi", module.StubPath);
        Assert.Equal("pkg.mod", layout.GetModuleName("pkg/mod.pyi"));
        Assert.Equal("pkg.mod", layout.GetModuleName("pkg/mod.py"));
        Assert.Equal("pkg/only_stub.pyi", layout.Resolve("pkg.only_stub")!.Path);
        Assert.Equal(["mod", "only_stub"], layout.GetSubmodules("pkg"));
    }

    [Fact]
    public void Stops_the_package_walk_at_names_that_are_not_identifiers()
    {
        var layout = Layout(["my-pkg/__init__.py", "my-pkg/mod.py", "pkg/foo.bar.py", "pkg/__init__.py"]);

        Assert.Equal("mod", layout.GetModuleName("my-pkg/mod.py"));
        Assert.Equal("my-pkg", layout.GetImportRoot("my-pkg/mod.py"));
        Assert.Null(layout.GetModuleName("my-pkg/__init__.py"));
        Assert.Null(layout.GetModuleName("pkg/foo.bar.py"));
        Assert.Null(layout.Resolve("pkg.foo"));
        Assert.Null(layout.Resolve("my-pkg"));
        Assert.False(layout.IsProjectTopLevel("my-pkg"));
    }

    [Fact]
    public void Never_walks_above_the_project_root()
    {
        var layout = Layout(["__init__.py", "mod.py", "pkg/__init__.py", "pkg/a.py"]);

        Assert.Null(layout.GetModuleName("__init__.py"));
        Assert.Equal("mod", layout.GetModuleName("mod.py"));
        Assert.Equal("pkg.a", layout.GetModuleName("pkg/a.py"));
        Assert.Null(layout.ResolveRelative("mod.py", 1, "x"));
    }

    [Fact]
    public void Normalizes_absolute_paths_backslashes_and_dots()
    {
        var layout = new ProjectLayout(Root, [Root + "/pkg/__init__.py", "pkg\\mod.py", "./pkg/./other.py", "../outside.py"], ["./"]);

        Assert.Equal("pkg.mod", layout.GetModuleName("pkg/mod.py"));
        Assert.Equal("pkg.mod", layout.GetModuleName(Root + "/pkg/mod.py"));
        Assert.Equal("pkg.other", layout.GetModuleName("pkg\\other.py"));
        Assert.Equal(["mod", "other"], layout.GetSubmodules("pkg"));
        Assert.Null(layout.GetModuleName("../outside.py"));
        Assert.False(layout.IsProjectTopLevel("outside"));
        Assert.Equal(["."], layout.SourceRoots);
    }

    [Fact]
    public void Indexes_two_thousand_files_quickly()
    {
        var files = new List<string>();
        for (var p = 0; p < 100; p++)
        {
            files.Add($"src/pkg{p}/__init__.py");
            for (var m = 0; m < 19; m++)
            {
                files.Add($"src/pkg{p}/sub/mod{m}.py");
            }
        }

        var stopwatch = Stopwatch.StartNew();
        var layout = new ProjectLayout(Root, files, ["."]);
        for (var p = 0; p < 100; p++)
        {
            Assert.Equal($"src/pkg{p}/sub/mod7.py", layout.Resolve($"pkg{p}.sub.mod7")!.Path);
        }

        stopwatch.Stop();
        Assert.Equal(["src", "."], layout.SourceRoots);
        Assert.Equal("pkg42.sub.mod3", layout.GetModuleName("src/pkg42/sub/mod3.py"));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"took {stopwatch.Elapsed}");
    }
}
