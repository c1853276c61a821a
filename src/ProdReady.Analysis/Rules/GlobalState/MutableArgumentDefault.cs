using System.Collections.Frozen;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.GlobalState;

/// <summary><c>GLB004 mutable-argument-default</c>: a parameter default or a dataclass field default is a mutable container.</summary>
public sealed class MutableArgumentDefault : Rule
{
    private static readonly FrozenSet<string> s_fieldFunctions = new[]
    {
        "dataclasses.field", "attr.ib", "attr.attrib", "attr.field", "attrs.field",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "GLB004",
        Name: "mutable-argument-default",
        Category: ChecklistItem.GlobalState,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a parameter default (of a function, method or lambda, keyword-only parameters
            included) that is a mutable container: a list, dict or set display or comprehension, or
            a call of `list()`, `dict()`, `set()`, `bytearray()`, `collections.defaultdict`, `deque`,
            `OrderedDict`, `Counter` or `array.array`, resolved through imports and aliases.

            In a dataclass or attrs class it also flags a field whose default is such a container
            (`tags: list = []`, `field(default=[])`, `attr.ib(default=[])`); a `ClassVar` is not a
            field and is left to `GLB005`. `field(default_factory=list)` is the fix.

            Test code is checked too.

            ## Why is this bad?
            Python evaluates a default once, when the `def` statement runs. Every call that omits
            the argument receives the same object, so mutations leak from one call into the next.
            A dataclass rejects a list, dict or set default at class creation; attrs shares it
            between instances.

            ## Example
            ```python
            def collect(item, into=[]):
                into.append(item)
                return into
            ```

            Use instead:
            ```python
            def collect(item, into=None):
                into = [] if into is None else into
                into.append(item)
                return into
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<Arguments>(CheckParameters);
        registry.OnNode<ClassDef>(CheckFields);
    }

    private void CheckParameters(Arguments arguments, RuleContext context)
    {
        if (context.Semantic is not { } model)
        {
            return;
        }

        foreach (var value in arguments.Defaults)
        {
            Report(value, model, context, "parameter");
        }

        foreach (var value in arguments.KwDefaults)
        {
            Report(value, model, context, "parameter");
        }
    }

    private void CheckFields(ClassDef type, RuleContext context)
    {
        // Only a field with a default can be reported: a class without one is not asked what kind it is.
        if (context.Semantic is not { } model || !type.Body.Any(statement => statement is AnnAssign { Value: not null })
            || (model.ClassOf(type).Kind & (ClassKind.Dataclass | ClassKind.Attrs)) == 0)
        {
            return;
        }

        foreach (var statement in type.Body)
        {
            if (statement is not AnnAssign { Value: { } value, Annotation: var annotation } || IsClassVar(annotation, model))
            {
                continue;
            }

            if (value is Call call && model.QualifiedNameOf(call.Func) is { } callee && s_fieldFunctions.Contains(callee))
            {
                foreach (var keyword in call.Keywords)
                {
                    if (keyword.Arg == "default")
                    {
                        Report(keyword.Value, model, context, "field");
                    }
                }
            }
            else
            {
                Report(value, model, context, "field");
            }
        }
    }

    private void Report(ExprNode? value, SemanticModel model, RuleContext context, string what)
    {
        if (MutableValues.KindOf(value, model) is { } kind)
        {
            var fix = what == "field" ? $"use field(default_factory={FactoryOf(kind)})" : "default to None and create the container in the body";
            var sharedBy = what == "field" ? "instance" : "call";
            context.Report(Info, value!.Span, $"Mutable {kind} as a {what} default is created once and shared by every {sharedBy}: {fix}");
        }
    }

    private static string FactoryOf(string kind) => kind is "list" or "dict" or "set" or "bytearray" ? kind : "...";

    private static bool IsClassVar(ExprNode annotation, SemanticModel model) =>
        model.MatchesTyping(annotation is Subscript subscript ? subscript.Value : annotation, "ClassVar");
}
