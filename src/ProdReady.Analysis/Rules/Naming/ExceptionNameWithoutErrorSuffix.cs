using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.Naming;

/// <summary><c>NAM007 exception-name-without-error-suffix</c>: an exception class's name does not end in <c>Error</c>.</summary>
public sealed class ExceptionNameWithoutErrorSuffix : Rule
{
    private const int MaxDepth = 32;

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "NAM007",
        Name: "exception-name-without-error-suffix",
        Category: ChecklistItem.Naming,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags an exception class whose name does not end in `Error` (pep8-naming's N818). A class
            is an exception when a base resolves, through the semantic model, to a built-in exception,
            to a class whose name says it is one (`json.JSONDecodeError`, `click.ClickException`), or
            to a class of the file or the project that is one. Warnings (`Warning` subclasses, named
            `...Warning`) and control-flow exceptions that are not errors (direct subclasses of
            `BaseException`, and of `StopIteration`, `StopAsyncIteration`, `GeneratorExit`,
            `KeyboardInterrupt` and `SystemExit`) are not reported.

            Test code is held to the same standard.

            ## Why is this bad?
            PEP 8: "you should use the suffix 'Error' on your exception names (if the exception
            actually is an error)". `except ConfigError:` says what went wrong; `except Config:`
            reads like a type check.

            ## Example
            ```python
            class InvalidConfig(ValueError):
                ...
            ```

            Use instead:
            ```python
            class InvalidConfigError(ValueError):
                ...
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<ClassDef>(Check);
    }

    private void Check(ClassDef type, RuleContext context)
    {
        if (type.Name.EndsWith("Error", StringComparison.Ordinal) || type.Bases.Length == 0 || context.Semantic is not { } model)
        {
            return;
        }

        if (Classify(model.ClassOf(type), model, context, 0) == Kind.Error)
        {
            context.Report(Info, TypeHints.FunctionFacts.NameSpan(context.Source, type, type.Name, type.DecoratorList),
                $"Exception name '{type.Name}' does not end in 'Error' (PEP 8)");
        }
    }

    private enum Kind
    {
        None,
        Error,
        NotAnError,
    }

    private static Kind Classify(ClassModel type, SemanticModel model, RuleContext context, int depth)
    {
        if (depth > MaxDepth)
        {
            return Kind.None;
        }

        var result = Kind.None;
        foreach (var local in type.LocalBases)
        {
            result = Combine(result, Classify(model.ClassOf(local), model, context, depth + 1));
        }

        foreach (var qualified in type.BaseNames)
        {
            result = Combine(result, ClassifyExternal(qualified, context, depth + 1));
        }

        return result;
    }

    private static Kind ClassifyExternal(string? qualified, RuleContext context, int depth)
    {
        if (qualified is null || depth > MaxDepth)
        {
            return Kind.None;
        }

        switch (qualified)
        {
            case "builtins.BaseException" or "builtins.StopIteration" or "builtins.StopAsyncIteration" or "builtins.GeneratorExit"
                or "builtins.KeyboardInterrupt" or "builtins.SystemExit" or "builtins.Warning":
                return Kind.NotAnError;
            case "builtins.Exception":
                return Kind.Error;
        }

        var name = qualified[(qualified.LastIndexOf('.') + 1)..];
        if (name.EndsWith("Warning", StringComparison.Ordinal))
        {
            return Kind.NotAnError;
        }

        if (context.Project.Index?.ClassOf(qualified) is { } summary)
        {
            var result = Kind.None;
            foreach (var baseName in summary.Bases)
            {
                result = Combine(result, ClassifyExternal(baseName.Length == 0 ? null : baseName, context, depth + 1));
            }

            return result;
        }

        return name.EndsWith("Error", StringComparison.Ordinal) || name.EndsWith("Exception", StringComparison.Ordinal) ? Kind.Error : Kind.None;
    }

    /// <summary>A class that is not an error through any base (a warning, a control-flow exception) is not an error.</summary>
    private static Kind Combine(Kind left, Kind right) =>
        left == Kind.NotAnError || right == Kind.NotAnError ? Kind.NotAnError : (left == Kind.Error || right == Kind.Error ? Kind.Error : Kind.None);
}
