using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.TestsWritten;

/// <summary><c>TST009 skip-without-reason</c>: a test is skipped or marked xfail without saying why.</summary>
public sealed class SkipWithoutReason : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "TST009",
        Name: "skip-without-reason",
        Category: ChecklistItem.TestsWritten,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a test marked `@pytest.mark.skip` without a reason, `@pytest.mark.skipif` or
            `@pytest.mark.xfail` without `reason=`, or calling `pytest.skip()`/`pytest.xfail()`
            without a message. In a change, only the tests the change adds or modifies.

            ## Why is this bad?
            A skipped test without a reason is a test nobody will turn back on: the next reader
            cannot tell whether the skip is still needed, or what would make it pass.

            ## Example
            ```python
            @pytest.mark.skip
            def test_export():
                ...
            ```

            Use instead:
            ```python
            @pytest.mark.skip(reason="export needs the S3 stub, tracked in #123")
            def test_export():
                ...
            ```
            """)
    {
        Status = RuleStatus.Preview,
    };

    /// <inheritdoc />
    public override void Register(RuleRegistration registry) => registry.OnProject(Check);

    private void Check(ProjectRuleContext context)
    {
        foreach (var test in TestRules.JudgedTests(context))
        {
            var facts = test.Unit.Facts;
            var marker = facts.Has("skip-no-reason") ? "skipped" : facts.Has("xfail-no-reason") ? "marked xfail" : null;
            if (marker is not null)
            {
                var name = facts.Name[(facts.Name.LastIndexOf('.') + 1)..];
                TestRules.Report(context, Info, test.Unit, $"`{name}` is {marker} without a reason");
            }
        }
    }
}
