using System.Collections.Frozen;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.GlobalState;

/// <summary><c>GLB005 mutable-class-attribute</c>: a list, dict or set at class level, shared by every instance, without <c>ClassVar</c>.</summary>
public sealed class MutableClassAttribute : Rule
{
    /// <summary>Bases whose class-level values are per-instance field declarations or immutable members.</summary>
    private static readonly FrozenSet<string> s_declarativeBases = new[]
    {
        "pydantic.BaseModel", "pydantic.main.BaseModel", "pydantic.v1.BaseModel", "pydantic.BaseSettings", "pydantic_settings.BaseSettings",
        "django.db.models.Model", "django.db.models.base.Model", "msgspec.Struct", "typing.NamedTuple", "typing_extensions.NamedTuple",
        "typing.TypedDict", "typing_extensions.TypedDict", "enum.Enum", "enum.IntEnum", "enum.StrEnum", "enum.Flag", "enum.IntFlag",
        "sqlmodel.SQLModel", "marshmallow.Schema", "django.forms.Form", "django.forms.ModelForm",
        "ctypes.Structure", "ctypes.Union", "ctypes.BigEndianStructure", "ctypes.LittleEndianStructure", "ctypes.BigEndianUnion",
        "ctypes.LittleEndianUnion",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "GLB005",
        Name: "mutable-class-attribute",
        Category: ChecklistItem.GlobalState,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a class-level attribute bound to a mutable container (the displays and
            constructors `GLB001` knows) without a `typing.ClassVar` (or `Final`) annotation.

            Classes whose class-level values are per-instance declarations or immutable members are
            known and skipped: dataclasses and attrs classes (their defaults are `GLB004`'s),
            pydantic models and settings, `NamedTuple`, `TypedDict`, `Enum`, Django models and
            forms, msgspec structs, SQLModel and marshmallow schemas, ctypes structures and unions
            (`_fields_`); bases are followed through the
            file and the project's other modules. Dunder names (`__slots__`, `__match_args__`) and
            the option classes nested in a class (`class Meta:`, `class Config:`) are skipped too.

            Test code is checked too.

            ## Why is this bad?
            A class attribute is one object shared by the class and all its instances. Code that
            writes `self.items.append(x)` believing `items` is per instance changes it for every
            instance, which leaks state between objects, requests and tests.

            ## Example
            ```python
            class Cart:
                items = []

                def add(self, item):
                    self.items.append(item)
            ```

            Use instead:
            ```python
            class Cart:
                def __init__(self):
                    self.items = []

                def add(self, item):
                    self.items.append(item)
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
        if (context.Semantic is not { } model || context.IsStub || IsOptionsClass(type, context))
        {
            return;
        }

        ClassModel? facts = null;
        foreach (var statement in type.Body)
        {
            var (target, value, annotation) = statement switch
            {
                Assign { Targets: [Name name], Value: var assigned } => (name, assigned, (ExprNode?)null),
                AnnAssign { Target: Name name, Value: { } assigned, Annotation: var declared } => (name, assigned, declared),
                _ => (null, null, null),
            };
            if (target is null || ModuleState.IsDunder(target.Id) || MutableValues.KindOf(value, model) is not { } kind || IsDeclaredShared(annotation, model))
            {
                continue;
            }

            facts ??= model.ClassOf(type);
            if (IsDeclarative(facts, model, context))
            {
                return;
            }

            context.Report(Info, target.Span, $"Class attribute '{target.Id}' is a {kind} shared by every instance of '{type.Name}': create it in __init__, or annotate it ClassVar if sharing is intended");
        }
    }

    private static bool IsDeclaredShared(ExprNode? annotation, SemanticModel model)
    {
        var origin = annotation is Subscript subscript ? subscript.Value : annotation;
        return origin is not null && (model.MatchesTyping(origin, "ClassVar") || model.MatchesTyping(origin, "Final"));
    }

    private static bool IsOptionsClass(ClassDef type, RuleContext context) =>
        type.Name is "Meta" or "Config" && context.Ancestors.Count > 0 && context.Ancestors[^1] is ClassDef;

    private static bool IsDeclarative(ClassModel facts, SemanticModel model, RuleContext context)
    {
        if ((facts.Kind & (ClassKind.Dataclass | ClassKind.Attrs | ClassKind.Pydantic | ClassKind.NamedTuple | ClassKind.TypedDict | ClassKind.Enum)) != 0)
        {
            return true;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        var classes = new Stack<ClassModel>();
        var visited = new HashSet<ClassDef>(ReferenceEqualityComparer.Instance);
        classes.Push(facts);
        while (classes.Count > 0)
        {
            var current = classes.Pop();
            if (!visited.Add(current.Node))
            {
                continue;
            }

            foreach (var name in current.BaseNames)
            {
                if (name is not null)
                {
                    pending.Push(name);
                }
            }

            foreach (var local in current.LocalBases)
            {
                classes.Push(model.ClassOf(local));
            }
        }

        while (pending.Count > 0 && seen.Count < 64)
        {
            var name = pending.Pop();
            if (!seen.Add(name))
            {
                continue;
            }

            if (s_declarativeBases.Contains(name) || name.StartsWith("django.db.models.", StringComparison.Ordinal))
            {
                return true;
            }

            var dot = name.LastIndexOf('.');
            if (dot > 0 && context.Project.Index?.Get(name[..dot]) is { } summary && summary.Classes.TryGetValue(name[(dot + 1)..], out var external))
            {
                foreach (var baseName in external.Bases)
                {
                    if (baseName.Length > 0)
                    {
                        pending.Push(baseName);
                    }
                }
            }
        }

        return false;
    }
}
