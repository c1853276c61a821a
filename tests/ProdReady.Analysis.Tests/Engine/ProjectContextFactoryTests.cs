using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Project;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Engine;

/// <summary>The project context built in one step, and from a setup prepared first (as a change's check does while git runs).</summary>
public sealed class ProjectContextFactoryTests
{
    private static TempTree Project() => new TempTree()
        .File("pyproject.toml", """
            [project]
            name = "shop"
            requires-python = ">=3.10"

            [tool.pytest.ini_options]
            testpaths = ["checks"]
            python_files = ["check_*.py"]
            """)
        .File("src/shop/__init__.py", "")
        .File("src/shop/cart.py", "def total():\n    return 0\n")
        .File("checks/check_cart.py", "from shop.cart import total\n\ndef test_total():\n    assert total() == 0\n");

    private static readonly string[] Files = ["checks/check_cart.py", "src/shop/__init__.py", "src/shop/cart.py"];

    [Fact]
    public void A_prepared_setup_gives_the_context_a_single_step_gives()
    {
        using var tree = Project();
        var configuration = new ProdReadyConfiguration(tree.Root) { Src = ["src"] };

        var direct = ProjectContextFactory.Create(tree.Root, configuration, Files, useCache: false);
        var prepared = ProjectContextFactory.Create(ProjectContextFactory.Prepare(tree.Root, configuration, Files), useCache: false);

        foreach (var context in new[] { direct, prepared })
        {
            Assert.Equal("3.10", context.TargetVersion.ToString());
            Assert.Equal("src/shop/cart.py", context.Layout?.Resolve("shop.cart")?.Path);
            Assert.True(context.Tests.IsTestModule("checks/check_cart.py"));
            Assert.False(context.Tests.IsTestModule("src/shop/cart.py"));
        }
    }

    [Fact]
    public async Task A_setup_prepared_on_another_thread_serves_this_one()
    {
        using var tree = Project();
        var configuration = new ProdReadyConfiguration(tree.Root) { Src = ["src"] };

        var setup = await Task.Run(() => ProjectContextFactory.Prepare(tree.Root, configuration, Files), TestContext.Current.CancellationToken);
        var context = ProjectContextFactory.Create(setup, useCache: false, testMapFocus: ["src/shop/cart.py"]);

        Assert.Equal(tree.Root, setup.Root);
        Assert.Equal(Files, setup.Files);
        Assert.Same(configuration, setup.Configuration);
        Assert.Equal(["src/shop/cart.py"], context.TestMapFocus);
        Assert.Equal(["checks/check_cart.py::test_total"], context.TestMap!.TestsOf("shop.cart.total").Select(l => l.Test.Id));
    }

    [Fact]
    public void Refuses_a_missing_root_configuration_or_file_list()
    {
        using var tree = Project();
        var configuration = new ProdReadyConfiguration(tree.Root);

        Assert.Throws<ArgumentException>(() => ProjectContextFactory.Prepare("", configuration, Files));
        Assert.Throws<ArgumentNullException>(() => ProjectContextFactory.Prepare(tree.Root, null!, Files));
        Assert.Throws<ArgumentNullException>(() => ProjectContextFactory.Prepare(tree.Root, configuration, null!));
        Assert.Throws<ArgumentNullException>(() => ProjectContextFactory.Create((ProjectSetup)null!));
    }
}
