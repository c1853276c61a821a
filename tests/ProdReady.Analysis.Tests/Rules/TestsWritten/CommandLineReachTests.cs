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

    private static TestMap Map(TempTree tree) => TestMapReachTests.Map(tree);

    private static string Ways(TestMap map, string unit) =>
        string.Join("; ", map.TestsOf(unit).Select(l => $"{l.Test.Id.Split("::")[^1]} {(l.IsCertain ? "claimed" : "possible")} {l.Way}"));

    private static TestMap ClickMap(string tests) =>
        Map(TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/cli.py", ClickApp).File("tests/test_cli.py", tests));

    [Fact]
    public void A_click_group_runs_the_subcommand_its_words_name()
    {
        var map = ClickMap("from click.testing import CliRunner\nfrom shop.cli import cli\n\n\ndef test_hello():\n    assert CliRunner().invoke(cli, [\"hello\"]).exit_code == 0\n\n\ndef test_bye():\n    assert CliRunner().invoke(cli, [\"--level=2\", \"bye\"]).exit_code == 0\n\n\ndef test_flag():\n    assert CliRunner().invoke(cli, [\"--profile\", \"hello\", \"bye\"]).exit_code == 0\n");

        Assert.Equal("test_bye claimed directly; test_flag possible possibly directly; test_hello claimed directly", Ways(map, "shop.cli.cli"));

        // A word right after an option without `=` may be the option's value: the command it names, and the one named
        // after it, are possible.
        Assert.Equal("test_flag possible possibly directly; test_hello claimed directly", Ways(map, "shop.cli.hello"));
        Assert.Equal("test_bye claimed directly; test_flag possible possibly directly", Ways(map, "shop.cli.farewell"));
        Assert.StartsWith("test_bye claimed through `shop.cli.farewell`; test_flag possible possibly through", Ways(map, "shop.cli.greet"), StringComparison.Ordinal);
        Assert.EndsWith("test_hello claimed through `shop.cli.hello`", Ways(map, "shop.cli.greet"), StringComparison.Ordinal);
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

    [Fact]
    public void A_group_object_runs_no_command_its_words_do_not_name_and_help_first_runs_none()
    {
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty)
            .File("shop/cli.py", "import click\n\ncli = click.Group(\"cli\")\n\n\n@click.command()\ndef hello():\n    return 1\n\n\ncli.add_command(hello)\n")
            .File("tests/test_cli.py", "from click.testing import CliRunner\nfrom shop.cli import cli\n\n\ndef test_bare():\n    assert CliRunner().invoke(cli, []).exit_code == 0\n\n\ndef test_bogus():\n    assert CliRunner().invoke(cli, [\"bogus\"]).exit_code == 0\n\n\ndef test_help_first():\n    assert CliRunner().invoke(cli, [\"--help\", \"hello\"]).exit_code == 0\n\n\ndef test_short_help():\n    assert CliRunner().invoke(cli, [\"hello\", \"-h\"]).exit_code == 0\n\n\ndef test_hello():\n    assert CliRunner().invoke(cli, [\"hello\"]).exit_code == 0\n");
        var map = Map(tree);

        Assert.Equal("test_hello claimed directly; test_short_help possible possibly directly", Ways(map, "shop.cli.hello"));
    }

    [Fact]
    public void Usage_errors_looked_for_in_the_output_and_failures_asserted_in_a_nested_function_claim_nothing()
    {
        var map = ClickMap("from click.testing import CliRunner\nfrom shop.cli import cli\n\n\ndef test_missing():\n    result = CliRunner().invoke(cli, [\"hello\", \"--x\"])\n    assert \"No such option\" in result.output\n\n\ndef test_nested():\n    def check():\n        with open(__file__):\n            assert CliRunner().invoke(cli, [\"bye\"]).exit_code == 2\n\n    check()\n");

        Assert.Equal("test_missing possible possibly directly", Ways(map, "shop.cli.hello"));
        Assert.Equal("test_nested possible possibly directly", Ways(map, "shop.cli.farewell"));
    }

    [Fact]
    public void A_word_not_written_out_stops_the_reading_and_a_group_added_to_itself_ends()
    {
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty)
            .File("shop/cli.py", ClickApp + "\n\nfor name in (\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\"):\n    cli.add_command(cli, name)\ncli.add_command(cli, \"a\")\ncli.add_command(cli, \"b\")\ncli.add_command(cli, \"c\")\ncli.add_command(cli, \"d\")\ncli.add_command(cli, \"e\")\ncli.add_command(cli, \"f\")\ncli.add_command(cli, \"g\")\n")
            .File("tests/test_cli.py", "from click.testing import CliRunner\nfrom shop.cli import cli\n\n\ndef test_unknown(name):\n    assert CliRunner().invoke(cli, [name, \"hello\"]).exit_code == 0\n\n\ndef test_any(words):\n    assert CliRunner().invoke(cli, words).exit_code == 0\n\n\ndef test_cycle():\n    assert CliRunner().invoke(cli, [\"a\", \"b\", \"hello\"]).exit_code == 0\n");
        var map = Map(tree);

        Assert.Equal("test_any possible possibly directly; test_cycle claimed directly; test_unknown possible possibly directly", Ways(map, "shop.cli.hello"));
    }

    [Fact]
    public void A_change_map_from_the_record_reads_registrations_of_every_source_module()
    {
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty)
            .File("shop/cli.py", "import typer\n\napp = typer.Typer()\n\n\n@app.command()\ndef create(name: str):\n    return 1\n")
            .File("shop/more.py", "from shop.cli import app\n\n\n@app.command()\ndef other(name: str):\n    return 2\n")
            .File("tests/test_cli.py", "from typer.testing import CliRunner\nimport shop.more\nfrom shop.cli import app\n\n\ndef test_other():\n    assert CliRunner().invoke(app, [\"other\", \"x\"]).exit_code == 0\n");
        var whole = TestMapFocusTests.Project(tree, null);
        Assert.Equal("test_other claimed directly", Ways(whole.TestMap!, "shop.more.other"));

        TestMapFocusTests.Edit(tree, "shop/cli.py", text => text.Replace("return 1", "return 3", StringComparison.Ordinal));
        TestMapFocusTests.Edit(tree, "shop/more.py", text => text.Replace("return 2", "return 4", StringComparison.Ordinal));
        var change = TestMapFocusTests.Project(tree, ["shop/cli.py", "shop/more.py"]);
        var map = change.TestMap!;
        Assert.Equal("incremental", change.TestMapStore!.LastUse);
        Assert.Empty(map.TestsOf("shop.cli.create"));
        Assert.Equal("test_other claimed directly", Ways(map, "shop.more.other"));
    }

    [Fact]
    public void A_name_not_written_out_or_given_twice_leaves_possible_links()
    {
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty)
            .File("shop/cli.py", "import click\n\nNAME = \"run\"\n\n\n@click.group()\ndef cli():\n    return 0\n\n\n@cli.command(name=NAME)\ndef runner():\n    return 1\n\n\n@cli.command(\"dup\")\ndef first():\n    return 2\n\n\n@cli.command(\"dup\")\ndef second():\n    return 3\n")
            .File("tests/test_cli.py", "from click.testing import CliRunner\nfrom shop.cli import cli\n\n\ndef test_run():\n    assert CliRunner().invoke(cli, [\"run\"]).exit_code == 0\n\n\ndef test_dup():\n    assert CliRunner().invoke(cli, [\"dup\"]).exit_code == 0\n");
        var map = Map(tree);

        Assert.Equal("test_run possible possibly directly", Ways(map, "shop.cli.runner"));
        Assert.Equal("test_dup possible possibly directly", Ways(map, "shop.cli.first"));
        Assert.Equal("test_dup possible possibly directly", Ways(map, "shop.cli.second"));
        Assert.Equal("test_dup claimed directly; test_run possible possibly directly", Ways(map, "shop.cli.cli"));
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
    public void An_inclusion_callback_runs_only_through_its_inclusion_and_the_last_decorated_callback_wins()
    {
        const string App = """
            import typer

            app = typer.Typer()
            users = typer.Typer()
            named = typer.Typer(name="people")
            bare = typer.Typer(callback=lambda: None)


            def through_app():
                return 0


            app.add_typer(users, name="users", callback=through_app)
            app.add_typer(named)


            @users.callback()
            def first():
                return 1


            @users.callback()
            def own():
                return 2


            @users.command()
            def add(name: str):
                return name


            @named.command()
            def hire(name: str):
                return name


            def alone():
                return 3


            lonely = typer.Typer(callback=alone)
            """;
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/app.py", App)
            .File("tests/test_app.py", "from typer.testing import CliRunner\nfrom shop.app import app, lonely, users\n\nrunner = CliRunner()\n\n\ndef test_through_app():\n    assert runner.invoke(app, [\"users\", \"add\", \"x\"]).exit_code == 0\n\n\ndef test_direct():\n    assert runner.invoke(users, [\"add\", \"x\"]).exit_code == 0\n\n\ndef test_named():\n    assert runner.invoke(app, [\"people\", \"hire\", \"x\"]).exit_code == 0\n\n\ndef test_lonely():\n    assert runner.invoke(lonely, []).exit_code == 2\n");
        var map = Map(tree);

        Assert.Equal("test_through_app claimed directly", Ways(map, "shop.app.through_app"));
        Assert.Equal("test_direct claimed directly", Ways(map, "shop.app.own"));
        Assert.Empty(map.TestsOf("shop.app.first"));
        Assert.Equal("test_direct claimed directly; test_through_app claimed directly", Ways(map, "shop.app.add"));
        Assert.Equal("test_named claimed directly", Ways(map, "shop.app.hire"));
        Assert.Equal("test_lonely possible possibly directly", Ways(map, "shop.app.alone"));
    }

    [Fact]
    public void A_command_registered_by_the_test_module_is_followed()
    {
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/tool.py", "def main(name: str):\n    return name\n")
            .File("tests/test_tool.py", "import typer\nfrom typer.testing import CliRunner\nfrom shop import tool\n\napp = typer.Typer()\napp.command()(tool.main)\nrunner = CliRunner()\n\n\ndef test_main():\n    assert runner.invoke(app, [\"ann\"]).exit_code == 0\n");
        var map = Map(tree);

        Assert.Equal("test_main claimed directly", Ways(map, "shop.tool.main"));
    }

    private const string ClickShapes = """
        import click
        from click import command


        @click.group()
        def cli():
            return 0


        @cli.command
        def status():
            return 1


        @cli.group
        def db():
            return 2


        @db.command
        def migrate():
            return 3


        @click.command("real-name")
        def hidden():
            return 4


        @command(name="other")
        def renamed():
            return 5


        @click.command("ignored")
        def overridden():
            return 6


        @click.group("admin-tools")
        def admin_group():
            return 7


        @admin_group.command
        def reset():
            return 8


        cli.add_command(hidden)
        cli.add_command(renamed)
        cli.add_command(overridden, "given")
        cli.add_command(admin_group)
        """;

    private static readonly string[] s_shapeCommands = ["shop.cli.status", "shop.cli.migrate", "shop.cli.hidden", "shop.cli.renamed", "shop.cli.overridden", "shop.cli.reset"];

    [Theory]
    [InlineData("status", "shop.cli.status")]
    [InlineData("db migrate", "shop.cli.migrate")]
    [InlineData("real-name", "shop.cli.hidden")]
    [InlineData("other", "shop.cli.renamed")]
    [InlineData("given", "shop.cli.overridden")]
    [InlineData("admin-tools reset", "shop.cli.reset")]
    public void Bare_decorators_and_names_given_by_a_commands_own_decorator_are_followed(string words, string command)
    {
        var tests = $"from click.testing import CliRunner\nfrom shop.cli import cli\n\n\ndef test_run():\n    assert CliRunner().invoke(cli, \"{words}\").exit_code == 0\n";
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/cli.py", ClickShapes).File("tests/test_cli.py", tests);
        var map = Map(tree);

        // `@cli.command` without parentheses registers the function (click 8.1 and later); a command named by its own
        // decorator (`@click.command("real-name")`) keeps that name when `add_command` adds it, unless it gives another.
        Assert.Equal("test_run claimed directly", Ways(map, command));
        foreach (var other in s_shapeCommands.Where(o => o != command))
        {
            Assert.Empty(map.TestsOf(other));
        }
    }

    [Theory]
    [InlineData("def setUp(self):\n        self.runner = CliRunner()", "unittest.TestCase", "claimed directly")]
    [InlineData("def setup_method(self):\n        self.runner = CliRunner()", "object", "claimed directly")]
    [InlineData("def setUp(self):\n        self.runner = Other()", "unittest.TestCase", "")]
    [InlineData("def setUp(self):\n        self.runner = CliRunner()\n        self.runner = Other()", "unittest.TestCase", "")]
    [InlineData("def test_sets(self):\n        self.runner = CliRunner()", "unittest.TestCase", "")]
    [InlineData("pass", "Base", "claimed directly")]
    [InlineData("def setUp(self):\n        pass", "Base", "")]
    [InlineData("runner: CliRunner = CliRunner()", "object", "claimed directly")]
    [InlineData("async def asyncSetUp(self):\n        self.runner = CliRunner()", "unittest.IsolatedAsyncioTestCase", "claimed directly")]
    [InlineData("def setUp(self):\n        self.runner = CliRunner()", "object", "")]
    [InlineData("@classmethod\n    def setUpClass(cls):\n        cls.runner = CliRunner()", "unittest.TestCase", "claimed directly")]
    [InlineData("@pytest.fixture(autouse=True)\n    def make_runner(self):\n        self.runner = CliRunner()", "object", "claimed directly")]
    [InlineData("@pytest.fixture(autouse=True, scope=\"class\")\n    def make_runner(self):\n        self.runner = CliRunner()", "object", "")]
    public void A_runner_a_test_class_keeps_in_an_attribute_runs_the_command(string setup, string baseClass, string way)
    {
        // Only a runner the class (or a base) assigns where its tests are set up, and nothing else, runs the command:
        // assigned by one test only, in a `setUp` a subclass overrides, in a `setUp` of a class that is no TestCase
        // (pytest does not call it), or by a fixture made once per class (on another instance), the attribute does not
        // exist when the test runs.
        var tests = "import unittest\n\nimport pytest\nfrom click.testing import CliRunner\nfrom shop.cli import cli\n\n\nclass Other:\n    def invoke(self, cli, args):\n        return args\n\n\n"
            + "class Base(unittest.TestCase):\n    def setUp(self):\n        self.runner = CliRunner()\n\n\n"
            + $"class TestCli({baseClass}):\n    {setup}\n\n    def test_hello(self):\n        assert self.runner.invoke(cli, [\"hello\"]).exit_code == 0\n";
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/cli.py", ClickApp).File("tests/test_cli.py", tests);
        var map = Map(tree);

        Assert.Equal(way.Length == 0 ? string.Empty : "test_hello " + way, Ways(map, "shop.cli.hello"));
        Assert.Empty(map.TestsOf("shop.cli.farewell"));
    }

    [Fact]
    public void A_typer_command_decorator_without_a_call_registers_nothing()
    {
        const string App = "import typer\n\napp = typer.Typer()\nannotated: typer.Typer = typer.Typer()\n\n\n@app.command\ndef bare():\n    return 1\n\n\n@app.command()\ndef hello():\n    return 2\n\n\n@app.command()\ndef other():\n    return 3\n\n\n"
            + "@annotated.command\ndef also_bare():\n    return 4\n\n\n@annotated.command()\ndef first():\n    return 5\n\n\n@annotated.command()\ndef second():\n    return 6\n";
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/tapp.py", App)
            .File("tests/test_tapp.py", "from typer.testing import CliRunner\nfrom shop.tapp import annotated, app\n\n\ndef test_bare():\n    assert CliRunner().invoke(app, [\"bare\"]).exit_code == 0\n\n\ndef test_hello():\n    assert CliRunner().invoke(app, [\"hello\"]).exit_code == 0\n\n\n"
                + "def test_also_bare():\n    assert CliRunner().invoke(annotated, [\"also-bare\"]).exit_code == 0\n");
        var map = Map(tree);

        // Typer's `command` only returns its decorator when given the function as its name: `bare` is no command.
        Assert.Empty(map.TestsOf("shop.tapp.bare"));
        Assert.Empty(map.TestsOf("shop.tapp.also_bare"));
        Assert.Equal("test_hello claimed directly", Ways(map, "shop.tapp.hello"));
    }

    private const string Tutorial = "import typer\n\napp = typer.Typer()\n\n\n@app.command()\ndef main(name: str):\n    greet(name)\n\n\ndef greet(name: str):\n    return name\n\n\ndef helper():\n    return 1\n";

    private static TestMap TutorialMap(string fixture, string modules = "shop.tut1 shop.tut2")
    {
        var project = TestProject.Create().File("shop/__init__.py", string.Empty);
        foreach (var module in modules.Split(' '))
        {
            project = project.File(module.Replace('.', '/') + ".py", Tutorial);
        }

        var tests = "import importlib\nfrom types import ModuleType\n\nimport pytest\nfrom typer.testing import CliRunner\n\nNAMES = [\"tut1\", \"tut2\"]\nrunner = CliRunner()\n\n\n" + fixture
            + "\n\n\ndef test_run(mod: ModuleType):\n    assert runner.invoke(mod.app, [\"ann\"]).exit_code == 0\n\n\ndef test_helper(mod):\n    assert mod.helper() == 1\n";
        using var tree = project.File("tests/test_tutorial.py", tests);
        return Map(tree);
    }

    [Theory]
    [InlineData("@pytest.fixture(name=\"mod\", params=[\"tut1\", pytest.param(\"tut2\", id=\"two\")])\ndef get_mod(request: pytest.FixtureRequest) -> ModuleType:\n    module_name = f\"shop.{request.param}\"\n    mod = importlib.import_module(module_name)\n    return mod")]
    [InlineData("@pytest.fixture(params=(\"tut1\", \"tut2\"))\ndef mod(request):\n    return importlib.import_module(\"shop.\" + request.param)")]
    [InlineData("@pytest.fixture(params=[\"1\", \"2\"])\ndef mod(request):\n    return importlib.import_module(f\"shop.tut{request.param!s}\")")]
    public void A_module_a_fixture_imports_by_its_literal_params_is_followed_through_its_attributes(string fixture)
    {
        var map = TutorialMap(fixture);

        // pytest runs the fixture once per param: the test, across its cases, runs the command of each module.
        foreach (var module in new[] { "shop.tut1", "shop.tut2" })
        {
            Assert.Equal("test_run claimed directly", Ways(map, module + ".main"));
            Assert.Equal("test_run claimed through `" + module + ".main`", Ways(map, module + ".greet"));
            Assert.Equal("test_helper claimed directly", Ways(map, module + ".helper"));
        }
    }

    [Theory]
    [InlineData("@pytest.fixture(params=NAMES)\ndef mod(request):\n    return importlib.import_module(f\"shop.{request.param}\")")]
    [InlineData("@pytest.fixture(params=[\"tut1\", NAMES[1]])\ndef mod(request):\n    return importlib.import_module(f\"shop.{request.param}\")")]
    [InlineData("@pytest.fixture(params=[\"tut1\", \"tut2\"])\ndef mod(request):\n    return importlib.import_module(f\"shop.{request.param!r}\")")]
    [InlineData("@pytest.fixture(params=[\"tut1\", \"tut2\"])\ndef mod(request):\n    return importlib.import_module(f\"shop.{request.param:>4}\")")]
    [InlineData("@pytest.fixture(params=[\"tut1\", \"tut2\"])\ndef mod(request):\n    return importlib.import_module(\".\" + request.param, \"shop\")")]
    [InlineData("@pytest.fixture(params=[\"tut1\", \"tut2\"])\ndef mod(request):\n    name = f\"shop.{request.param}\"\n    if request.node:\n        name = \"shop.tut1\"\n    return importlib.import_module(name)")]
    [InlineData("@pytest.fixture\ndef mod(request):\n    return importlib.import_module(f\"shop.{request.param}\")")]
    [InlineData("NAME = \"shop.tut1\"\nfrom shop import *\n\n\n@pytest.fixture\ndef mod():\n    return importlib.import_module(NAME)")]
    [InlineData("@pytest.fixture(params=[\"tut1\"])\ndef unused(request):\n    return request.param\n\n\n@pytest.fixture\ndef mod(request):\n    return importlib.import_module(f\"shop.{request.param}\")")]
    [InlineData("class Req:\n    param = \"tut3\"\n\n\n@pytest.fixture(params=[\"tut1\", \"tut2\"])\ndef mod(request):\n    def load(request):\n        return importlib.import_module(f\"shop.{request.param}\")\n\n    return load(Req())")]
    [InlineData("@pytest.fixture(params=[\"tut1\", \"tut2\"])\ndef mod(request, param):\n    return importlib.import_module(f\"shop.{param.param}\")")]
    public void A_module_name_not_spelled_by_literals_links_nothing(string fixture)
    {
        var map = TutorialMap(fixture);

        // Params not all literals, a conversion or format that changes the text, a relative import, a name bound twice
        // (or that a star import may bind again), a fixture without params, a nested function's own `request`: which
        // module is imported is not known, and nothing is claimed.
        Assert.Empty(map.TestsOf("shop.tut1.main"));
        Assert.Empty(map.TestsOf("shop.tut2.helper"));
    }

    [Fact]
    public void A_module_function_registered_by_a_decorator_applied_by_hand_is_not_run_by_the_registration()
    {
        var fixture = "@pytest.fixture(name=\"mod\", params=[\"tut1\"])\ndef get_mod(request):\n    return importlib.import_module(f\"shop.{request.param}\")\n\n\n"
            + "@pytest.fixture(name=\"cli\")\ndef get_cli(mod):\n    cli = typer.Typer()\n    cli.command()(mod.main)\n    return cli\n\n\ndef test_cli_help(cli):\n    assert runner.invoke(cli, [\"--help\"]).exit_code == 0";
        var map = TutorialMap("import typer\n\n\n" + fixture, "shop.tut1");

        // `cli.command()(mod.main)` registers `main` as `@cli.command()` would: it runs only if a run of `cli` runs it.
        Assert.Equal("test_cli_help possible possibly through fixture `cli`; test_run claimed directly", Ways(map, "shop.tut1.main"));
    }

    [Fact]
    public void A_case_marked_to_be_skipped_imports_nothing_and_a_helpers_module_parameter_keeps_its_annotation()
    {
        var fixture = "@pytest.fixture(name=\"mod\", params=[\"tut1\", pytest.param(\"tut2\", marks=pytest.mark.skip(reason=\"slow\")), pytest.param(\"tut3\", marks=[pytest.mark.skipif(True, reason=\"x\")])])\n"
            + "def get_mod(request):\n    return importlib.import_module(f\"shop.{request.param}\")\n\n\n"
            + "def check(mod: ModuleType):\n    return mod.greet(\"x\")\n\n\ndef test_checked(mod):\n    assert check(importlib.import_module(\"shop.tut2\"))";
        var map = TutorialMap(fixture, "shop.tut1 shop.tut2 shop.tut3");

        // pytest skips the marked cases (the second always, the third on a condition): their modules may never be imported.
        Assert.Equal("test_run claimed directly", Ways(map, "shop.tut1.main"));
        Assert.Empty(map.TestsOf("shop.tut2.main"));
        Assert.Empty(map.TestsOf("shop.tut3.main"));

        // `check` is no test or fixture: pytest does not fill its `mod`, whatever fixture has that name.
        Assert.Equal("test_run claimed through `shop.tut1.main`", Ways(map, "shop.tut1.greet"));
    }

    [Fact]
    public void A_module_imported_by_a_literal_name_in_the_test_is_followed_and_one_outside_the_project_is_not()
    {
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/tut1.py", Tutorial)
            .File("tests/test_direct.py", "import importlib\n\n\ndef test_helper():\n    mod = importlib.import_module(\"shop.tut1\")\n    assert mod.helper() == 1\n\n\ndef test_outside():\n    mod = importlib.import_module(\"json\")\n    assert mod.dumps(1)\n");
        var map = Map(tree);

        Assert.Equal("test_helper claimed directly", Ways(map, "shop.tut1.helper"));
        Assert.Empty(map.TestsOf("shop.tut1.main"));
    }

    [Fact]
    public void The_functions_a_commands_parameters_declare_run_with_it_and_an_eager_option_runs_its_own()
    {
        const string App = """
            import click
            import typer

            app = typer.Typer()


            def check(value: str):
                return value


            def show_version(value: bool):
                if value:
                    raise typer.Exit()


            def parse(text: str):
                return text


            def make():
                return "x"


            @app.command()
            def main(
                name: str = typer.Option(..., callback=check),
                version: bool = typer.Option(None, "--version", "-V", callback=show_version, is_eager=True),
                item: str = typer.Argument(..., parser=parse),
                tag: str = typer.Option(default_factory=make),
            ):
                return name


            def print_version(ctx, param, value):
                return value


            grouped = typer.Typer()


            def group_version(value: bool):
                return value


            def group_name(value: str):
                return value


            @grouped.callback()
            def top(name: str = typer.Option("x", callback=group_name), version: bool = typer.Option(None, "--version", callback=group_version)):
                return version


            @grouped.command()
            def sub():
                return 1


            @click.command()
            @click.option("--version", is_flag=True, callback=print_version, expose_value=False, is_eager=True)
            @click.option("--count", default=1)
            def hello(count):
                return count
            """;
        using var tree = TestProject.Create().File("shop/__init__.py", string.Empty).File("shop/cli.py", App)
            .File("tests/test_cli.py", "from click.testing import CliRunner\nfrom shop.cli import app, grouped, hello\n\nrunner = CliRunner()\n\n\ndef test_grouped_version():\n    assert runner.invoke(grouped, [\"--version\"]).exit_code == 0\n\n\ndef test_grouped_named():\n    assert runner.invoke(grouped, [\"--name\", \"y\", \"--version\"]).exit_code == 0\n\n\ndef test_run():\n    assert runner.invoke(app, [\"--name\", \"ann\", \"box\"]).exit_code == 0\n\n\n"
                + "def test_version():\n    assert runner.invoke(app, [\"--version\"]).exit_code == 0\n\n\ndef test_help():\n    assert runner.invoke(app, [\"--help\"]).exit_code == 0\n\n\n"
                + "def test_hello():\n    assert runner.invoke(hello, [\"--count\", \"2\"]).exit_code == 0\n\n\ndef test_hello_version():\n    assert runner.invoke(hello, [\"--version\"]).exit_code == 0\n");
        var map = Map(tree);

        // click runs every parameter's callback (and Typer's parser) while it reads the command line, given or not; a
        // default factory only for a parameter not given. An eager `--version` runs its own callback and ends the run.
        Assert.Equal("test_run claimed directly", Ways(map, "shop.cli.main"));
        Assert.Equal("test_run claimed directly", Ways(map, "shop.cli.check"));
        Assert.Equal("test_run claimed directly", Ways(map, "shop.cli.parse"));
        Assert.Equal("test_run possible possibly directly", Ways(map, "shop.cli.make"));
        Assert.Equal("test_run claimed directly; test_version claimed directly", Ways(map, "shop.cli.show_version"));
        // (`hello` handed to `invoke` is a possible link of its own, as any callable handed to a call.)
        Assert.Equal("test_hello claimed directly; test_hello_version possible possibly directly", Ways(map, "shop.cli.hello"));
        Assert.Equal("test_hello claimed directly; test_hello_version claimed directly", Ways(map, "shop.cli.print_version"));
        Assert.Equal("test_grouped_named claimed directly; test_grouped_version claimed directly", Ways(map, "shop.cli.group_version"));

        // `--version` without `is_eager` is read in its turn, after the options given before it: their callbacks ran, and
        // the other parameters' callbacks may have.
        Assert.Equal("test_grouped_named claimed directly; test_grouped_version possible possibly directly", Ways(map, "shop.cli.group_name"));
        Assert.Empty(map.TestsOf("shop.cli.sub"));
    }
    private const string Scripts = """
        import sys

        import click
        import typer

        app = typer.Typer()


        @app.command()
        def run(name: str = "x"):
            helper()


        def helper():
            return 1


        def plain(argv=None):
            return 0


        def unused():
            return 2


        if __name__ == "__main__":
            app()
        """;

    private static TestMap ScriptMap(string tests, string? plainModule = null) =>
        Map(TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/tool.py", Scripts)
            .File("shop/plain.py", plainModule ?? "import sys\n\n\ndef main(argv=None):\n    return 0\n\n\ndef other():\n    return 1\n\n\nif __name__ == \"__main__\":\n    sys.exit(main())\n")
            .File("shop/single.py", "import typer\n\n\ndef main(name: str = \"x\"):\n    return name\n\n\nif __name__ == \"__main__\":\n    typer.run(main)\n")
            .File("tests/test_scripts.py", tests));

    [Fact]
    public void A_module_run_as_a_script_runs_what_its_main_block_calls_with_the_words_after_it()
    {
        var map = ScriptMap(
            "import subprocess\nimport sys\nfrom pathlib import Path\n\nfrom shop import tool as mod\nfrom shop import plain\n\n\n"
            + "def test_file():\n    result = subprocess.run([sys.executable, mod.__file__], capture_output=True)\n    assert result.returncode == 0\n\n\n"
            + "def test_coverage_path():\n    path = Path(mod.__file__)\n    result = subprocess.run([sys.executable, \"-m\", \"coverage\", \"run\", str(path)], capture_output=True)\n    assert result.returncode == 0\n\n\n"
            + "def test_module():\n    assert subprocess.run([sys.executable, \"-m\", \"shop.plain\"]).returncode == 0\n\n\n"
            + "def test_help():\n    assert subprocess.run([sys.executable, str(Path(mod.__file__)), \"--help\"]).returncode == 0\n");

        // `app()` runs the application's one command; `--help` runs none of it.
        Assert.Equal("test_coverage_path claimed directly; test_file claimed directly", Ways(map, "shop.tool.run"));
        Assert.Equal("test_coverage_path claimed through `shop.tool.run`; test_file claimed through `shop.tool.run`", Ways(map, "shop.tool.helper"));

        // `sys.exit(main())`: `main` runs; what the block does not call is not reached.
        Assert.Equal("test_module claimed directly", Ways(map, "shop.plain.main"));
        Assert.Empty(map.TestsOf("shop.plain.other"));
        Assert.Empty(map.TestsOf("shop.tool.plain"));
        Assert.Empty(map.TestsOf("shop.tool.unused"));
    }

    [Fact]
    public void The_one_command_typer_run_is_given_is_possible_when_the_words_ask_for_help()
    {
        var map = ScriptMap(
            "import subprocess\nimport sys\n\nfrom shop import single\n\n\n"
            + "def test_run():\n    assert subprocess.run([sys.executable, single.__file__, \"--name\", \"y\"]).returncode == 0\n\n\n"
            + "def test_help():\n    assert subprocess.run([sys.executable, single.__file__, \"--help\"]).returncode == 0\n");

        Assert.Equal("test_help possible possibly directly; test_run claimed directly", Ways(map, "shop.single.main"));
    }

    [Fact]
    public void Commands_that_run_no_project_script_reach_nothing()
    {
        // A module outside the project, a script of unknown file, a module without a main block, and a command not written out.
        var map = ScriptMap(
            "import os\nimport subprocess\nimport sys\n\nfrom shop import plain\n\n\n"
            + "def test_outside():\n    assert subprocess.run([sys.executable, \"-m\", \"pip\", \"--version\"]).returncode == 0\n\n\n"
            + "def test_unknown_file(script):\n    assert subprocess.run([sys.executable, script]).returncode == 0\n\n\n"
            + "def test_words(words):\n    assert subprocess.run(words).returncode == 0\n\n\n"
            + "def test_no_main_block():\n    assert subprocess.run([sys.executable, \"-m\", \"shop\"]).returncode == 0\n",
            "def main(argv=None):\n    return 0\n");

        Assert.Empty(map.TestsOf("shop.plain.main"));
        Assert.Empty(map.TestsOf("shop.tool.run"));
    }
    [Fact]
    public void Python_m_on_a_package_runs_its_main_module()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", "def unrelated():\n    return 0\n")
            .File("shop/__main__.py", "import sys\n\nfrom shop.plain import main\n\nsys.exit(main())\n")
            .File("shop/plain.py", "def main(argv=None):\n    return 0\n")
            .File("tests/test_main.py", "import subprocess\nimport sys\n\n\ndef test_package():\n    assert subprocess.run([sys.executable, \"-m\", \"shop\"]).returncode == 0\n");
        var map = Map(tree);

        Assert.Equal("tests/test_main.py::test_package claimed directly", TestMapReachTests.Ways(map, "shop.plain.main"));
        Assert.Empty(map.TestsOf("shop.unrelated"));
    }

    /// <summary>A Typer application whose one option completes with a function and is checked by a callback.</summary>
    internal const string Completing = """
        import typer


        def complete_name(incomplete: str):
            if not incomplete:
                raise ValueError("nothing to complete")
            return ["ann"]


        def check_name(value: str):
            return value


        app = typer.Typer()


        @app.command()
        def hello(name: str = typer.Option("x", autocompletion=complete_name, callback=check_name)):
            return name


        if __name__ == "__main__":
            app()
        """;

    /// <summary>Tests that run <see cref="Completing"/> as a script: completing its command line, by a module a fixture imports, and running it.</summary>
    internal const string CompletingTests = """
        import importlib
        import os
        import subprocess
        import sys

        import pytest

        from shop import complete


        @pytest.fixture(params=["complete"])
        def mod(request):
            return importlib.import_module(f"shop.{request.param}")


        def test_completion():
            result = subprocess.run([sys.executable, complete.__file__, " "], env={**os.environ, "_COMPLETE.PY_COMPLETE": "complete_bash"})
            assert result.returncode == 0


        def test_given_completion(mod):
            name = "complete.py"
            result = subprocess.run([sys.executable, "-m", "coverage", "run", mod.__file__, " "], env={**os.environ, f"_{name.upper()}_COMPLETE": "complete_zsh"})
            assert result.returncode == 0


        def test_given_run(mod):
            assert subprocess.run([sys.executable, mod.__file__, "--name", "y"]).returncode == 0


        def test_unknown_environment(mod):
            env = {**os.environ, "_COMPLETE.PY_COMPLETE": "complete_zsh"}
            assert subprocess.run([sys.executable, mod.__file__, "--name", "y"], env=env).returncode == 0
        """;

    [Fact]
    public void A_script_run_completing_its_command_line_may_run_the_completion_functions_and_runs_no_command()
    {
        using var tree = TestProject.Create()
            .File("shop/__init__.py", string.Empty)
            .File("shop/complete.py", Completing)
            .File("tests/test_complete.py", CompletingTests);
        var map = Map(tree);

        // `_PROG_COMPLETE` in the environment: click completes the command line. The completion function and the callbacks
        // click runs while it reads the line may run; the command does not.
        Assert.Equal("test_completion possible possibly directly; test_given_completion possible possibly directly", Ways(map, "shop.complete.complete_name"));
        Assert.Equal(
            "test_completion possible possibly directly; test_given_completion possible possibly directly; test_given_run claimed directly; test_unknown_environment claimed directly",
            Ways(map, "shop.complete.check_name"));

        // `mod.__file__` of a module a fixture imports by name runs that module; an environment held in a name is not read,
        // so that run is an ordinary one.
        Assert.Equal("test_given_run claimed directly; test_unknown_environment claimed directly", Ways(map, "shop.complete.hello"));
    }
}
