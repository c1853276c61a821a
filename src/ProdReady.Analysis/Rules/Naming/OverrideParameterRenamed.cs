using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.TypeHints;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.Naming;

/// <summary><c>NAM009 override-parameter-renamed</c>: a method overrides a base method with a parameter of another name in the same position.</summary>
public sealed class OverrideParameterRenamed : Rule
{
    private const int MaxDepth = 32;

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "NAM009",
        Name: "override-parameter-renamed",
        Category: ChecklistItem.Naming,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a method that overrides a base class's method and names a parameter differently
            at the same position (pylint's `arguments-renamed`). The base method is found through the
            semantic model: the first base in method resolution order that defines it, a class of the
            same file or of the project (through the module index). Only parameters that a call can
            pass by keyword are compared (not positional-only ones, not the receiver); names with a
            leading underscore are private by convention and not compared; dunder methods, which
            Python calls positionally, are not checked. A base the model cannot see into (the
            standard library, a third-party class) is not compared.

            Test code is held to the same standard.

            ## Why is this bad?
            Callers that hold a base-class reference call with the base's keywords:
            `shape.scale(factor=2)` raises `TypeError: scale() got an unexpected keyword argument
            'factor'` when the object is a subclass that renamed the parameter to `ratio`. The fault
            shows only at run time, and only for that subclass.

            ## Example
            ```python
            class Shape:
                def scale(self, factor: float) -> None: ...

            class Circle(Shape):
                def scale(self, ratio: float) -> None: ...
            ```

            Use instead:
            ```python
            class Circle(Shape):
                def scale(self, factor: float) -> None: ...
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
        if (FunctionFacts.Parts(function) is not { } parts || (parts.Name.StartsWith("__", StringComparison.Ordinal) && parts.Name.EndsWith("__", StringComparison.Ordinal))
            || context.Semantic is not { } model || FunctionFacts.OwnerClass(function, model) is not { } owner
            || FunctionFacts.IsOverload(parts.Decorators, model))
        {
            return;
        }

        var ownerModel = model.ClassOf(owner);
        if (BaseParameters(ownerModel, parts.Name, model, context, 0) is not { } found)
        {
            return;
        }

        Compare(function, parts.Name, parts.Args, owner, ownerModel, found, context);
    }

    // Apart from Check, which every function of a file passes through: the lambdas below capture locals, and their
    // closure is allocated on entry to the method that declares them.
    private void Compare(StmtNode function, string name, Arguments arguments, ClassDef owner, ClassModel ownerModel, (string Owner, List<string> Parameters) found, RuleContext context)
    {
        var mine = ownerModel.PositionalParameters(function).ToList();
        var positional = arguments.Args.Where(a => mine.Contains(a.Name)).ToList();
        for (var i = 0; i < Math.Min(mine.Count, found.Parameters.Count); i++)
        {
            var expected = found.Parameters[i];
            if (string.Equals(mine[i], expected, StringComparison.Ordinal) || mine[i].StartsWith('_') || expected.StartsWith('_')
                || mine.Contains(expected) || found.Parameters.Contains(mine[i]))
            {
                continue;
            }

            var arg = positional.FirstOrDefault(a => a.Name == mine[i]);
            context.Report(Info, arg is null ? function.Span : FunctionFacts.NameSpan(arg),
                $"Parameter '{mine[i]}' of '{owner.Name}.{name}' is named '{expected}' in the method it overrides, '{found.Owner}.{name}': a keyword call through the base fails");
        }
    }

    /// <summary>Finds the parameters of the method a class's bases define under a name, in method resolution order (depth first, left to right).</summary>
    private static (string Owner, List<string> Parameters)? BaseParameters(ClassModel type, string method, SemanticModel model, RuleContext context, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        for (var i = 0; i < type.Node.Bases.Length; i++)
        {
            var expression = type.Node.Bases[i] is Subscript subscript ? subscript.Value : type.Node.Bases[i];
            if (expression is Name name && model.ReferenceOf(name)?.Binding is { Kind: BindingKind.ClassDefinition, Node: ClassDef local } && !ReferenceEquals(local, type.Node))
            {
                var baseModel = model.ClassOf(local);
                if (baseModel.Methods.TryGetValue(method, out var definition))
                {
                    return (local.Name, baseModel.PositionalParameters(definition).ToList());
                }

                if (BaseParameters(baseModel, method, model, context, depth + 1) is { } inherited)
                {
                    return inherited;
                }

                continue;
            }

            if (type.BaseNames[i] is not { } qualified || qualified is "builtins.object" or "typing.Generic" or "typing_extensions.Generic" or "typing.Protocol" or "typing_extensions.Protocol" or "abc.ABC")
            {
                continue;
            }

            // A base the index cannot see into may define the method itself: stop rather than compare with a later base.
            return ExternalParameters(qualified, method, context, depth + 1);
        }

        return null;
    }

    private static (string Owner, List<string> Parameters)? ExternalParameters(string qualified, string method, RuleContext context, int depth)
    {
        if (depth > MaxDepth || context.Project.Index?.ClassOf(qualified) is not { } summary)
        {
            return null;
        }

        if (summary.Parameters is { } parameters && parameters.TryGetValue(method, out var found))
        {
            return (qualified[(qualified.LastIndexOf('.') + 1)..], found);
        }

        if (summary.Methods.Contains(method))
        {
            return null;
        }

        foreach (var baseName in summary.Bases)
        {
            if (baseName is "builtins.object" or "typing.Generic" or "typing_extensions.Generic" or "typing.Protocol" or "typing_extensions.Protocol" or "abc.ABC")
            {
                continue;
            }

            return baseName.Length == 0 ? null : ExternalParameters(baseName, method, context, depth + 1);
        }

        return null;
    }
}
