using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.TestsWritten;

/// <summary><c>TST001 untested-unit</c>: a public function, method or class that no test exercises.</summary>
public sealed class UntestedUnit : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "TST001",
        Name: "untested-unit",
        Category: ChecklistItem.TestsWritten,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a public function, method or class that no test is known to exercise. In a change,
            the units the change adds or modifies are judged; with `--all`, every public unit.
            A unit is exercised when a test pytest would collect (its configured `python_files`,
            `python_classes` and `python_functions`, `unittest.TestCase` methods) calls it, through
            imports, instances the test creates, fixtures (conftest levels, chains, `autouse`),
            helpers, callables and objects a `parametrize` table supplies, the command click's or
            Typer's `CliRunner().invoke(cli, [...])` runs (the one its words name, with the group
            callbacks on the way; `--help` runs none), requests a web test client sends to its route
            (under the prefixes a FastAPI router or Flask blueprint is included with; the client made
            in the test, by a fixture, or held by the test module in a name it binds once), or through
            project code it calls, transitively (`super()` included). A link is claimed when every
            call on the way runs whenever the test runs, and possible otherwise (a call under an
            `if`, after an early `return`, a callable handed to another call, a FastAPI dependency
            a function declares with `Depends(f)` or `Security(f)`, a class FastAPI validates a
            request's values or the response through (`item: Item`, `list[Tag] | None`,
            `response_model=Item`), what the application or router a
            request reaches runs around it: middleware, dependencies, Flask's request hooks, error
            handlers and start-up events, inside a
            `pytest.raises` block beyond the unit it expects to raise, a command a run the test
            asserts failed may not have reached); either kind counts as exercised. A test that starts
            its web client's application (`with TestClient(app):` in the test, its set-up or a fixture)
            runs what that application runs at start-up and shutdown (`lifespan=`, `on_startup=`,
            `on_shutdown=`, `add_event_handler`); a client never entered starts nothing.
            `prodready tests map` shows which tests reach each unit, and which way. A class is exercised
            when it is constructed, when one of its methods runs, and when a subclass of it is constructed
            (the object is an instance of its bases too), on the way the subclass was. A class that only
            declares a type is not judged (the code that uses it is): a `TypedDict`, a protocol (a class
            that lists `Protocol` among its bases) and those of its methods whose bodies only declare a
            signature (`...`, `pass`, a docstring), and an enumeration that defines no method. Nor is
            a method that only raises `NotImplementedError` and that a subclass of the project implements
            (abstract by convention, as an `@abstractmethod` is), nor a function or class the project leaves out of its coverage:
            coverage.py's `# pragma: no cover` (or a line the project's `exclude_lines` or `exclude_also` expressions
            match) on its header, on the header of a branch around it (`if sys.platform == "win32":`, `else:`,
            `except ...:`, a class, whose methods are then left out too), or on every statement of a function's body; nor
            anything in a file the project's coverage configuration does not measure: outside its `source`
            or `source_pkgs` (or pytest-cov's `--cov=` in pytest's `addopts`), outside its `include`, or
            matched by an `omit` of `[run]` or `[report]` (read from `--cov-config`, `.coveragerc`,
            `setup.cfg`, `tox.ini` or `pyproject.toml`, as coverage.py reads them), such as its examples,
            scripts and task files. Without such a configuration every file is judged.

            ## Why is this bad?
            Code that no test runs can break without anyone noticing: the first caller to find the
            bug is a user.

            ## Example
            ```python
            # shop/cart.py
            def total(prices):
                return sum(prices)
            # (no test calls total)
            ```

            Use instead:
            ```python
            # tests/test_cart.py
            from shop.cart import total

            def test_total_adds_prices():
                assert total([1, 2]) == 3
            ```

            ## Known problems
            Calls the model cannot follow statically (`getattr`, objects injected from unknown
            types) are not seen; the message then says how many tests reaching the module call
            through such names.
            """)
    {
        Status = RuleStatus.Preview,
    };

    /// <inheritdoc />
    public override void Register(RuleRegistration registry) => registry.OnProject(Check);

    private void Check(ProjectRuleContext context)
    {
        foreach (var (unit, links) in TestRules.JudgedUnits(context))
        {
            if (links.Count > 0)
            {
                continue;
            }

            var dynamic = context.TestMap!.DynamicTestsReaching(unit.Module);
            var note = dynamic > 0 ? $" ({TestRules.Count(dynamic, "test")} reaching `{unit.Module}` call through names the map cannot follow)" : string.Empty;
            TestRules.Report(context, Info, unit, $"No test is known to reach `{unit.QualifiedName}`{note}");
        }
    }
}
