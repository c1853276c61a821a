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
            Flags an exception class whose name does not end in `Error` where the code itself shows it
            should (pep8-naming's N818, narrowed to the cases a reviewer agrees with): its name ends in
            `Exception` instead, or another class of its family (a base or an ancestor that is not a
            built-in, resolved through the semantic model across the file and the project) is named
            `...Error`, so the family's own convention is `Error`. A class is an exception when its
            bases lead to a built-in exception or to a class named `...Error` or `...Exception`.
            Warnings (`Warning` subclasses) and control-flow exceptions (direct subclasses of
            `BaseException`, and of `StopIteration`, `StopAsyncIteration`, `GeneratorExit`,
            `KeyboardInterrupt` and `SystemExit`) are not reported; nor is a direct subclass of a
            built-in exception with another name (`Exit(RuntimeError)`, `ClientDisconnect(Exception)`),
            which PEP 8 leaves to judgement: "if the exception actually is an error".

            Test code is held to the same standard.

            ## Why is this bad?
            PEP 8: "you should use the suffix 'Error' on your exception names (if the exception
            actually is an error)". `except ConfigError:` says what went wrong; `except Config:`
            reads like a type check.

            ## Example
            ```python
            class ConfigError(ValueError):
                ...

            class InvalidConfig(ConfigError):
                ...

            class LoaderException(Exception):
                ...
            ```

            Use instead:
            ```python
            class ConfigError(ValueError):
                ...

            class InvalidConfigError(ConfigError):
                ...

            class LoaderError(Exception):
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

        var kind = Classify(model.ClassOf(type), model, context, 0);
        if ((kind & Kind.NotAnError) != 0 || (kind & Kind.Exception) == 0)
        {
            return;
        }

        if (type.Name.EndsWith("Exception", StringComparison.Ordinal) || (kind & Kind.ErrorFamily) != 0)
        {
            context.Report(Info, TypeHints.FunctionFacts.NameSpan(context.Source, type, type.Name, type.DecoratorList),
                $"Exception name '{type.Name}' does not end in 'Error' (PEP 8)");
        }
    }

    [Flags]
    private enum Kind
    {
        None = 0,
        Exception = 1,
        NotAnError = 2,
        ErrorFamily = 4,
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
            result |= Named(local.Name) | Classify(model.ClassOf(local), model, context, depth + 1);
        }

        for (var i = 0; i < type.BaseNames.Length; i++)
        {
            if (type.BaseNames[i] is { } qualified && !(type.Node.Bases[i] is Name name && IsLocalBase(type, name.Id)))
            {
                result |= ClassifyExternal(qualified, context, depth + 1);
            }
        }

        return result;
    }

    private static bool IsLocalBase(ClassModel type, string name)
    {
        foreach (var local in type.LocalBases)
        {
            if (local.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private static Kind ClassifyExternal(string qualified, RuleContext context, int depth)
    {
        if (depth > MaxDepth)
        {
            return Kind.None;
        }

        switch (qualified)
        {
            case "builtins.BaseException" or "builtins.StopIteration" or "builtins.StopAsyncIteration" or "builtins.GeneratorExit"
                or "builtins.KeyboardInterrupt" or "builtins.SystemExit" or "builtins.Warning":
                return Kind.Exception | Kind.NotAnError;
            case "builtins.Exception":
                return Kind.Exception;
        }

        var name = qualified[(qualified.LastIndexOf('.') + 1)..];
        if (name.EndsWith("Warning", StringComparison.Ordinal))
        {
            return Kind.Exception | Kind.NotAnError;
        }

        if (qualified.StartsWith("builtins.", StringComparison.Ordinal))
        {
            // Every exception derives from a built-in one: a built-in base says nothing of the family's naming.
            return name.EndsWith("Error", StringComparison.Ordinal) || name.EndsWith("Exception", StringComparison.Ordinal) ? Kind.Exception : Kind.None;
        }

        var result = Named(name);
        if (context.Project.Index?.ClassOf(qualified) is { } summary)
        {
            foreach (var baseName in summary.Bases)
            {
                if (baseName.Length > 0)
                {
                    result |= ClassifyExternal(baseName, context, depth + 1);
                }
            }
        }

        return result;
    }

    /// <summary>A class of the family (not a built-in) named <c>...Error</c> sets the family's convention; one named <c>...Exception</c> is at least an exception.</summary>
    private static Kind Named(string name) =>
        name.EndsWith("Error", StringComparison.Ordinal) ? Kind.Exception | Kind.ErrorFamily
        : name.EndsWith("Exception", StringComparison.Ordinal) ? Kind.Exception : Kind.None;
}
