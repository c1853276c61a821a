using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.TypeHints;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.Naming;

/// <summary><c>NAM002 function-name-not-snake-case</c>: a function or method name has upper-case letters.</summary>
public sealed class FunctionNameNotSnakeCase : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "NAM002",
        Name: "function-name-not-snake-case",
        Category: ChecklistItem.Naming,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a function or method whose name has an upper-case letter (pep8-naming's N802).

            A method that overrides a base method keeps the base's name without a finding: the
            semantic model's override facts answer (bases in the same file by their bodies, project
            classes through the module index, and the standard library's classes whose names are not
            snake_case, such as `unittest.TestCase.setUp`, `logging.Formatter.formatTime`,
            `xml.sax.handler.ContentHandler.startElement`, and the names that `ast.NodeVisitor`
            (`visit_Name`) and `cmd.Cmd` or `http.server.BaseHTTPRequestHandler` (`do_GET`) dispatch
            on). A method of a class with a base the model cannot see into (a third-party class) is
            not reported, nor is one marked `@override`, nor the `@overload` variants of a function
            (its implementation carries the finding), nor the names unittest looks up by name
            (`setUp`, `tearDownClass`, `setUpModule`, ...) wherever they are defined.

            Test code is held to the same standard.

            ## Why is this bad?
            PEP 8 names functions and methods in lowercase with underscores. A codebase that mixes
            `getValue` and `get_value` makes every caller guess, and the guess fails at run time
            with an `AttributeError`.

            ## Example
            ```python
            def parseHeader(line: str) -> str:
                ...
            ```

            Use instead:
            ```python
            def parse_header(line: str) -> str:
                ...
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<FunctionDef>(Check);
        registry.OnNode<AsyncFunctionDef>(Check);
    }

    private void Check(StmtNode function, RuleContext context)
    {
        if (FunctionFacts.Parts(function) is not { } parts || NamingFacts.IsSnakeCase(parts.Name) || context.Semantic is not { } model)
        {
            return;
        }

        if (NamingFacts.IsUnittestProtocolName(parts.Name) || FunctionFacts.IsOverload(parts.Decorators, model))
        {
            return;
        }

        if (FunctionFacts.OwnerClass(function, model) is { } owner && NamingFacts.Overrides(owner, parts.Name, parts.Decorators, model, context.Project) != false)
        {
            return;
        }

        context.Report(Info, FunctionFacts.NameSpan(context.Source, function, parts.Name, parts.Decorators),
            $"Function name '{parts.Name}' is not snake_case (PEP 8)");
    }
}
