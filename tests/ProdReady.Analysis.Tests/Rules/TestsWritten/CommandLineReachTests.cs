using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Project;
using ProdReady.Semantics.TestMapping;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Rules.TestsWritten;

/// <summary>
/// What a test reaches when it runs a command-line application with click's or Typer's <c>CliRunner.invoke</c>, with
/// click and Typer installed rather than part of the project (as in the projects that use them): the command its words
/// name and the callbacks of the groups on the way.
/// </summary>
[Trait("Issue", "11")]
public sealed class CommandLineReachTests
{
    private const string ClickApp = """
        import click


        @click.group()
        def cli():
            setup()


        @cli.command()
        def hello():
            greet()


        @cli.command("bye")
        def farewell():
            greet()


        @cli.group()
        def admin():
            setup()


        @admin.command()
        def init_data_command():
            greet()


        @click.command()
        def extra():
            greet()


        cli.add_command(extra, "more")


        def setup():
            return 1


        def greet():
            return 2
        """;

    private const string TyperApp = """
        import typer

        app = typer.Typer()
        users = typer.Typer()
        app.add_typer(users, name="users")
        tools = typer.Typer()
        app.add_typer(tools)


        def constructed():
            return 0


        single = typer.Typer(callback=constructed)


        @app.callback()
        def main(verbose: bool = False):
            return verbose


        @app.command()
        def create_user(name: str):
            return name


        @app.command(name="remove")
        def delete(name: str):
            return name


        @users.command()
        def add(name: str):
            return name


        @tools.command()
        def lint():
            return 1


        @single.callback()
        def decorated():
            return 1


        @single.command()
        def only(name: str):
            return name


        lonely = typer.Typer()


        @lonely.command()
        def run(name: str):
            return name
        """;

    private static TestMap Map(TempTree tree)
    {
        var files = Directory.EnumerateFiles(tree.Root, "*.py", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(tree.Root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".prodready_cache", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var project = ProjectContextFactory.Create(tree.Root, new ProdReadyConfiguration(tree.Root), files);
        return project.TestMap ?? throw new InvalidOperationException("the project has no test map");
    }

    private static string Ways(TestMap map, string unit) =>
        string.Join("; ", map.TestsOf(unit).Select(l => $"{l.Test.Id.Split("::")[1]} {(l.IsCertain ? "claimed" : "possible")} {l.Way}"));

    private static TestMap ClickMap(string tests) =>
        Map(TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/cli.py", ClickApp).File("tests/test_cli.py", tests));

    [Fact]
    public void A_click_group_runs_the_subcommand_its_words_name()
    {
        var map = ClickMap("from click.testing import CliRunner\nfrom shop.cli import cli\n\n\ndef test_hello():\n    assert CliRunner().invoke(cli, [\"hello\"]).exit_code == 0\n\n\ndef test_bye():\n    assert CliRunner().invoke(cli, [\"--quiet\", \"bye\"]).exit_code == 0\n");

        Assert.Equal("test_bye claimed directly; test_hello claimed directly", Ways(map, "shop.cli.cli"));
        Assert.Equal("test_hello claimed directly", Ways(map, "shop.cli.hello"));
        Assert.Equal("test_bye claimed directly", Ways(map, "shop.cli.farewell"));
        Assert.Equal("test_bye claimed through `shop.cli.farewell`; test_hello claimed through `shop.cli.hello`", Ways(map, "shop.cli.greet"));
        Assert.Empty(map.TestsOf("shop.cli.admin"));
        Assert.Empty(map.TestsOf("shop.cli.extra"));
    }

    [Fact]
    public void Nested_groups_added_commands_and_click_suffixes_are_followed()
    {
        var map = ClickMap("from click.testing import CliRunner\nfrom shop.cli import cli\n\nrunner = CliRunner()\n\n\ndef test_init():\n    assert runner.invoke(cli, \"admin init-data\").exit_code == 0\n\n\ndef test_more():\n    assert runner.invoke(cli, [\"more\"]).exit_code == 0\n");

        Assert.Equal("test_init claimed directly", Ways(map, "shop.cli.admin"));
        Assert.Equal("test_init claimed directly", Ways(map, "shop.cli.init_data_command"));
        Assert.Equal("test_more claimed directly", Ways(map, "shop.cli.extra"));
        Assert.Empty(map.TestsOf("shop.cli.hello"));
    }

    [Fact]
    public void Help_runs_no_callback_and_a_subcommand_help_runs_the_group_only()
    {
        var map = ClickMap("from click.testing import CliRunner\nfrom shop.cli import cli\n\n\ndef test_help():\n    assert CliRunner().invoke(cli, [\"--help\"]).exit_code == 0\n\n\ndef test_hello_help():\n    assert CliRunner().invoke(cli, [\"hello\", \"--help\"]).exit_code == 0\n");

        Assert.Equal("test_hello_help claimed directly; test_help possible possibly directly", Ways(map, "shop.cli.cli"));
        Assert.Empty(map.TestsOf("shop.cli.hello"));
    }

    [Fact]
    public void Words_not_written_out_or_naming_no_command_leave_possible_links()
    {
        var map = ClickMap("from click.testing import CliRunner\nfrom shop.cli import cli\n\n\ndef test_any(words):\n    assert CliRunner().invoke(cli, words).exit_code == 0\n\n\ndef test_unknown():\n    assert CliRunner().invoke(cli, [\"nothing\"]).exit_code == 0\n");

        Assert.Equal("test_any possible possibly directly; test_unknown possible possibly directly", Ways(map, "shop.cli.cli"));
        Assert.Equal("test_any possible possibly directly", Ways(map, "shop.cli.hello"));
        Assert.Equal("test_any possible possibly directly", Ways(map, "shop.cli.init_data_command"));
    }

    [Fact]
    public void A_test_that_asserts_a_failed_run_claims_nothing()
    {
        var map = ClickMap("from click.testing import CliRunner\nfrom shop.cli import cli\n\n\ndef test_bad_option():\n    result = CliRunner().invoke(cli, [\"hello\", \"--nope\"])\n    assert result.exit_code == 2\n\n\ndef test_failed():\n    result = CliRunner().invoke(cli, [\"hello\"])\n    assert result.exit_code != 0\n");

        Assert.Equal("test_bad_option possible possibly directly; test_failed possible possibly directly", Ways(map, "shop.cli.hello"));
    }

    [Fact]
    public void A_runner_that_is_neither_clicks_nor_typers_runs_no_command()
    {
        var map = ClickMap("from shop.cli import cli\n\n\nclass Runner:\n    def invoke(self, command, words):\n        return command\n\n\ndef test_other():\n    assert Runner().invoke(cli, [\"hello\"])\n");

        Assert.Empty(map.TestsOf("shop.cli.hello"));
        Assert.Equal("test_other possible possibly directly", Ways(map, "shop.cli.cli"));
    }

    [Fact]
    public void An_assertion_message_is_possible_since_it_runs_only_when_the_assertion_fails()
    {
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/show.py", "def render(value):\n    return str(value)\n\n\ndef check(value):\n    assert value, render(value)\n    return value\n")
            .File("tests/test_show.py", "from shop.show import check, render\n\n\ndef test_check():\n    assert check(1) == 1, render(1)\n");
        var map = Map(tree);

        Assert.Equal("test_check claimed directly", Ways(map, "shop.show.check"));
        Assert.Equal("test_check possible possibly directly", Ways(map, "shop.show.render"));
    }

    private static TestMap TyperMap(string tests) =>
        Map(TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/app.py", TyperApp).File("tests/test_app.py", tests));

    [Fact]
    public void A_typer_application_runs_its_callback_and_the_command_named()
    {
        var map = TyperMap("from typer.testing import CliRunner\nfrom shop.app import app\n\nrunner = CliRunner()\n\n\ndef test_create():\n    assert runner.invoke(app, [\"create-user\", \"ann\"]).exit_code == 0\n\n\ndef test_remove():\n    assert runner.invoke(app, [\"remove\", \"ann\"]).exit_code == 0\n\n\ndef test_add():\n    assert runner.invoke(app, [\"users\", \"add\", \"ann\"]).exit_code == 0\n\n\ndef test_lint():\n    assert runner.invoke(app, [\"lint\"]).exit_code == 0\n");

        Assert.Equal("test_add claimed directly; test_create claimed directly; test_lint claimed directly; test_remove claimed directly", Ways(map, "shop.app.main"));
        Assert.Equal("test_create claimed directly", Ways(map, "shop.app.create_user"));
        Assert.Equal("test_remove claimed directly", Ways(map, "shop.app.delete"));
        Assert.Equal("test_add claimed directly", Ways(map, "shop.app.add"));
        Assert.Equal("test_lint claimed directly", Ways(map, "shop.app.lint"));
    }

    [Fact]
    public void A_typer_application_keeps_the_callback_typer_runs_and_a_lone_command_runs_unnamed()
    {
        var map = TyperMap("from typer.testing import CliRunner\nfrom shop.app import lonely, single\n\nrunner = CliRunner()\n\n\ndef test_single():\n    assert runner.invoke(single, [\"only\", \"ann\"]).exit_code == 0\n\n\ndef test_lonely():\n    assert runner.invoke(lonely, [\"ann\"]).exit_code == 0\n\n\ndef test_lonely_help():\n    assert runner.invoke(lonely, [\"--help\"]).exit_code == 0\n");

        Assert.Equal("test_single claimed directly", Ways(map, "shop.app.decorated"));
        Assert.Empty(map.TestsOf("shop.app.constructed"));
        Assert.Equal("test_single claimed directly", Ways(map, "shop.app.only"));
        Assert.Equal("test_lonely claimed directly", Ways(map, "shop.app.run"));
    }

    [Fact]
    public void A_command_registered_by_the_test_module_is_followed()
    {
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/tool.py", "def main(name: str):\n    return name\n")
            .File("tests/test_tool.py", "import typer\nfrom typer.testing import CliRunner\nfrom shop import tool\n\napp = typer.Typer()\napp.command()(tool.main)\nrunner = CliRunner()\n\n\ndef test_main():\n    assert runner.invoke(app, [\"ann\"]).exit_code == 0\n");
        var map = Map(tree);

        Assert.Equal("test_main claimed directly", Ways(map, "shop.tool.main"));
    }
}
