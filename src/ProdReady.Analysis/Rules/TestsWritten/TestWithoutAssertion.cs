using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Analysis.Rules.TestsWritten;

/// <summary><c>TST008 test-without-assertion</c>: a test that checks nothing.</summary>
public sealed class TestWithoutAssertion : Rule
{
    private static readonly string[] s_snapshotFixtures = ["snapshot", "snapshot_json", "data_regression", "file_regression", "num_regression", "image_regression"];

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "TST008",
        Name: "test-without-assertion",
        Category: ChecklistItem.TestsWritten,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a test that asserts nothing: no `assert` statement, no `pytest.raises`,
            `pytest.warns` or `pytest.fail`, no `assert*`/`fail` method call (unittest's, or a
            mock's `assert_called_once_with`), no call to a helper of the test code that asserts,
            and no snapshot fixture. A test whose body is only `pass` is this rule's finding.

            ## Why is this bad?
            A test without a check passes whatever the code does; it inflates the count of tests
            while proving only that nothing raised.

            ## Example
            ```python
            def test_total():
                cart = Cart()
                cart.add(Item("pen", 3))
            ```

            Use instead:
            ```python
            def test_total():
                cart = Cart()
                cart.add(Item("pen", 3))
                assert cart.total() == 3
            ```
            """)
    {
        Status = RuleStatus.Preview,
    };

    /// <inheritdoc />
    public override void Register(RuleRegistration registry) => registry.OnProject(Check);

    private void Check(ProjectRuleContext context)
    {
        var map = context.TestMap!;
        foreach (var test in TestRules.JudgedTests(context))
        {
            if (test.AllFacts.Any(f => f.Asserts) || (test.Unit.Facts.Parameters ?? []).Any(p => Array.IndexOf(s_snapshotFixtures, p.TrimEnd('=')) >= 0)
                || HelperAsserts(map, test, context))
            {
                continue;
            }

            var name = test.Unit.Facts.Name[(test.Unit.Facts.Name.LastIndexOf('.') + 1)..];
            TestRules.Report(context, Info, test.Unit, $"`{name}` asserts nothing (no assert, pytest.raises, assert* call or asserting helper)");
        }
    }

    /// <summary>Whether a helper of the test code that the test calls (up to three calls deep) asserts.</summary>
    private static bool HelperAsserts(TestMap map, MappedTest test, ProjectRuleContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<(MappedUnit Unit, int Depth)>(map.DirectCallees(test).Select(u => (u, 0)));
        while (pending.Count > 0)
        {
            var (unit, depth) = pending.Dequeue();
            if (!seen.Add(unit.QualifiedName) || !context.Project.Tests.IsTestCode(unit.Path))
            {
                continue;
            }

            if (unit.Facts.Asserts)
            {
                return true;
            }

            if (depth < 3)
            {
                foreach (var callee in map.Callees(unit))
                {
                    pending.Enqueue((callee, depth + 1));
                }
            }
        }

        return false;
    }
}
