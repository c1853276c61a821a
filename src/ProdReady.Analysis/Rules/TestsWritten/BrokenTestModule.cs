using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.TestsWritten;

/// <summary><c>TST002 broken-test-module</c>: a test module imports what the project does not have, or a test requests a fixture nothing provides.</summary>
public sealed class BrokenTestModule : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "TST002",
        Name: "broken-test-module",
        Category: ChecklistItem.TestsWritten,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags, in test code, an import of a project module that does not exist or of a name a
            project module does not define, and a test that requests a fixture nothing provides: no
            fixture of its class, module or any `conftest.py` from its folder up to the root, no
            pytest built-in (`tmp_path`, `monkeypatch`, `capsys`...), and no plugin among the
            declared dependencies (`mocker` from pytest-mock, `event_loop` from pytest-asyncio,
            `httpx_mock`, `requests_mock`...). Modules that load plugins (`pytest_plugins`) are
            not judged on fixtures.

            ## Why is this bad?
            pytest reports such a test as an error, or never collects the module: the tests in it
            do not run, and a change that was meant to be covered is not.

            ## Example
            ```python
            from shop.cart import Basket   # shop.cart defines Cart

            def test_total(cart_factory):  # no fixture is named cart_factory
                ...
            ```

            Use instead:
            ```python
            from shop.cart import Cart

            @pytest.fixture
            def cart_factory():
                return Cart
            ```
            """)
    {
        Status = RuleStatus.Preview,
    };

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        registry.OnModel(CheckImports, completeParseOnly: true);
        registry.OnProject(CheckFixtures);
    }

    private void CheckImports(SemanticModel model, RuleContext context)
    {
        if (!context.IsTestCode || context.Project.Layout is not { } layout || context.Project.Index is not { } index)
        {
            return;
        }

        foreach (var record in model.Imports)
        {
            var module = record.AbsoluteModule ?? (record.Level == 0 ? record.Module : null);
            if (module is null || record.Has(ImportContext.Guarded) || record.Has(ImportContext.Conditional) || record.Has(ImportContext.TypeCheckingOnly) || !layout.IsProjectTopLevel(module))
            {
                continue;
            }

            var resolved = layout.Resolve(module, context.Path);
            if (resolved is null)
            {
                // The top level is the project's; a missing submodule is a broken import. A bare top level that a
                // source root does not hold may still be installed under that name: not judged.
                if (module.Contains('.', StringComparison.Ordinal) && layout.Resolve(module[..module.IndexOf('.', StringComparison.Ordinal)], context.Path) is { } top && top.Path is not null)
                {
                    context.Report(Info, record.Span, $"Test module imports `{module}`, which the project does not have");
                }

                continue;
            }

            if (record.Name is { } name && name != "*" && resolved.Path is not null && resolved.Path.EndsWith(".py", StringComparison.Ordinal)
                && !layout.ModuleExists(module + "." + name, context.Path) && index.Defines(module, name) == false)
            {
                context.Report(Info, record.Span, $"Test module imports `{name}` from `{module}`, which does not define it");
            }
        }
    }

    private void CheckFixtures(ProjectRuleContext context)
    {
        foreach (var test in TestRules.JudgedTests(context))
        {
            if (test.ProvidersUnknown || test.MissingFixtures.Count == 0)
            {
                continue;
            }

            var name = test.Unit.Facts.Name[(test.Unit.Facts.Name.LastIndexOf('.') + 1)..];
            TestRules.Report(context, Info, test.Unit,
                $"`{name}` requests fixture `{test.MissingFixtures[0]}`, which no conftest, module, class, pytest built-in or declared plugin provides");
        }
    }
}
