using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ProdReady.Python.Syntax;

namespace ProdReady.Semantics.Model;

/// <summary>
/// The facts about one class of a file: its bases resolved to qualified names (and to classes of the same file),
/// its decorators, its methods, and the special kind it has (protocol, abstract base, dataclass-like, enum, test case...).
/// </summary>
public sealed class ClassModel
{
    private static readonly FrozenSet<string> s_dataclassDecorators = new[]
    {
        "dataclasses.dataclass", "pydantic.dataclasses.dataclass",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_attrsDecorators = new[]
    {
        "attr.s", "attr.attrs", "attr.attributes", "attr.dataclass", "attr.define", "attr.mutable", "attr.frozen",
        "attrs.define", "attrs.mutable", "attrs.frozen",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_enumBases = new[]
    {
        "enum.Enum", "enum.IntEnum", "enum.StrEnum", "enum.Flag", "enum.IntFlag", "enum.ReprEnum",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_testCaseBases = new[]
    {
        "unittest.TestCase", "unittest.IsolatedAsyncioTestCase", "unittest.case.TestCase", "unittest.async_case.IsolatedAsyncioTestCase",
        "django.test.TestCase", "django.test.SimpleTestCase", "django.test.TransactionTestCase",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly SemanticModel _model;

    internal ClassModel(SemanticModel model, ClassDef node)
        : this(model, node, new HashSet<ClassDef>(ReferenceEqualityComparer.Instance))
    {
    }

    /// <summary>Gets the <c>class</c> statement.</summary>
    public ClassDef Node { get; }

    /// <summary>Gets the qualified name of each base (a subscripted base such as <c>Generic[T]</c> by its origin); <see langword="null"/> where unknown.</summary>
    public ImmutableArray<string?> BaseNames { get; }

    /// <summary>Gets the bases that are classes of the same file.</summary>
    public ImmutableArray<ClassDef> LocalBases { get; }

    /// <summary>Gets the qualified name of each decorator (a call by its callee); <see langword="null"/> where unknown.</summary>
    public ImmutableArray<string?> Decorators { get; }

    /// <summary>Gets the qualified name of the <c>metaclass=</c> keyword, if any.</summary>
    public string? Metaclass { get; }

    /// <summary>Gets the methods defined in the class body (also under <c>if</c> and <c>try</c> blocks of the body), by name; the last definition wins.</summary>
    public IReadOnlyDictionary<string, StmtNode> Methods { get; }

    /// <summary>Gets the special kinds of the class.</summary>
    public ClassKind Kind { get; }

    /// <summary>
    /// Gets a value indicating whether the class takes type arguments: it declares type parameters (<c>class C[T]:</c>),
    /// subscripts <c>Generic</c> or <c>Protocol</c>, or passes a type variable of this file to a subscripted base; type
    /// variables with a default (PEP 696) do not count, since a bare use takes the default.
    /// </summary>
    public bool IsGeneric => Node.TypeParams.Any(p => p switch { TypeVar v => v.DefaultValue is null, ParamSpec v => v.DefaultValue is null, TypeVarTuple v => v.DefaultValue is null, _ => true }) || Node.Bases.Any(b => b is Subscript subscript && TakesTypeVariables(subscript));

    /// <summary>Tells whether a method of the class receives the instance or the class as its first parameter (it is not a <c>staticmethod</c>).</summary>
    /// <param name="method">A <c>def</c> or <c>async def</c> of the class body.</param>
    /// <returns><see langword="false"/> for a static method.</returns>
    public bool ReceivesInstance(StmtNode method) => !DecoratorsOf(method).Any(d => _model.Matches(d, "builtins.staticmethod"));

    /// <summary>
    /// Lists the parameters of a method that a call may pass by position or by keyword, in order: the regular ones,
    /// without the first of a method that receives the instance or the class (never the positional-only ones, whose
    /// names no call can use, nor keyword-only ones, which have no position).
    /// </summary>
    /// <param name="method">A <c>def</c> or <c>async def</c> of the class body.</param>
    /// <returns>The names, in signature order.</returns>
    public IEnumerable<string> PositionalParameters(StmtNode method)
    {
        var arguments = method switch
        {
            FunctionDef function => function.Args,
            AsyncFunctionDef function => function.Args,
            _ => null,
        };
        if (arguments is null)
        {
            return [];
        }

        var skip = arguments.Posonlyargs.Length == 0 && ReceivesInstance(method) ? 1 : 0;
        return arguments.Args.Skip(skip).Select(a => a.Name);
    }

    /// <summary>Tells whether the class has a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> when every bit is set.</returns>
    public bool Is(ClassKind kind) => (Kind & kind) == kind;

    /// <summary>
    /// Tells whether a base class defines a method of this name: bases of the same file are searched through their
    /// own bases; a base from elsewhere is asked of <paramref name="external"/> (qualified class name, method name),
    /// which answers <see langword="null"/> when it does not know that class.
    /// </summary>
    /// <param name="method">The method name.</param>
    /// <param name="external">What is known of classes outside the file, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> or <see langword="false"/> when known; <see langword="null"/> when some base cannot be understood statically.</returns>
    public bool? BaseDefines(string method, Func<string, string, bool?>? external = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        return BaseDefines(method, external, new HashSet<ClassDef>(ReferenceEqualityComparer.Instance) { Node });
    }

    private bool? BaseDefines(string method, Func<string, string, bool?>? external, HashSet<ClassDef> seen)
    {
        var unknown = false;
        for (var i = 0; i < Node.Bases.Length; i++)
        {
            var expression = Node.Bases[i] is Subscript subscript ? subscript.Value : Node.Bases[i];
            var local = expression is Name name && _model.ReferenceOf(name)?.Binding is { Kind: BindingKind.ClassDefinition, Node: ClassDef definition } ? definition : null;
            if (local is not null)
            {
                if (!seen.Add(local))
                {
                    continue;
                }

                var baseModel = _model.ClassOf(local);
                if (baseModel.Methods.ContainsKey(method))
                {
                    return true;
                }

                var inherited = baseModel.BaseDefines(method, external, seen);
                if (inherited == true)
                {
                    return true;
                }

                unknown |= inherited is null;
                continue;
            }

            var qualified = BaseNames[i];
            if (qualified is "builtins.object" or "typing.Generic" or "typing_extensions.Generic" or "typing.Protocol" or "typing_extensions.Protocol" or "abc.ABC")
            {
                continue;
            }

            var answer = qualified is null || external is null ? null : external(qualified, method);
            if (answer == true)
            {
                return true;
            }

            unknown |= answer is null;
        }

        if (Metaclass is not null and not "abc.ABCMeta" && Node.Bases.Length == 0)
        {
            unknown = true;
        }

        return unknown ? null : false;
    }

    private static ImmutableArray<ExprNode> DecoratorsOf(StmtNode method) => method switch
    {
        FunctionDef function => function.DecoratorList,
        AsyncFunctionDef function => function.DecoratorList,
        _ => [],
    };

    private bool TakesTypeVariables(Subscript subscript)
    {
        var origin = _model.QualifiedNameOf(subscript.Value);
        var declares = origin is "typing.Generic" or "typing_extensions.Generic" or "typing.Protocol" or "typing_extensions.Protocol";
        var arguments = subscript.Slice is Python.Syntax.Tuple tuple ? tuple.Elts : [subscript.Slice];
        foreach (var argument in arguments)
        {
            var expression = argument is Starred starred ? starred.Value : argument;
            if (expression is not Name name || _model.ReferenceOf(name)?.Binding is not { } binding)
            {
                // `Generic[T]` with a type variable the file does not define still declares one.
                if (declares)
                {
                    return true;
                }

                continue;
            }

            var isTypeVariable = binding.Kind == BindingKind.TypeParameter || IsTypeVariableAssignment(binding) is not null;
            if ((isTypeVariable || declares) && !HasDefault(binding))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the <c>TypeVar(...)</c> (<c>ParamSpec</c>, <c>TypeVarTuple</c>) call an assignment binds, or <see langword="null"/>.</summary>
    private Call? IsTypeVariableAssignment(Binding binding) =>
        binding is { Kind: BindingKind.Assignment, Node: Assign { Value: Call call } }
        && (_model.MatchesTyping(call.Func, "TypeVar") || _model.MatchesTyping(call.Func, "ParamSpec") || _model.MatchesTyping(call.Func, "TypeVarTuple"))
            ? call
            : null;

    /// <summary>Tells whether a type variable has a default (PEP 696) in some definition of its scope, so a bare use is what its author chose.</summary>
    private bool HasDefault(Binding binding)
    {
        if (binding is { Kind: BindingKind.TypeParameter })
        {
            return binding.Node switch
            {
                TypeVar variable => variable.DefaultValue is not null,
                ParamSpec variable => variable.DefaultValue is not null,
                TypeVarTuple variable => variable.DefaultValue is not null,
                _ => false,
            };
        }

        return binding.Scope.BindingsOf(binding.Name).Any(b => IsTypeVariableAssignment(b)?.Keywords.Any(k => k.Arg == "default") == true);
    }

    private static void CollectMethods(ImmutableArray<StmtNode> body, Dictionary<string, StmtNode> methods)
    {
        foreach (var statement in body)
        {
            switch (statement)
            {
                case FunctionDef function:
                    methods[function.Name] = function;
                    break;
                case AsyncFunctionDef function:
                    methods[function.Name] = function;
                    break;
                case If branch:
                    CollectMethods(branch.Body, methods);
                    CollectMethods(branch.Orelse, methods);
                    break;
                case Try block:
                    CollectMethods(block.Body, methods);
                    CollectMethods(block.Orelse, methods);
                    break;
            }
        }
    }

    private ClassKind ComputeKind(HashSet<ClassDef> seen)
    {
        var kind = ClassKind.None;
        seen.Add(Node);
        foreach (var qualified in BaseNames)
        {
            kind |= qualified switch
            {
                "typing.Protocol" or "typing_extensions.Protocol" => ClassKind.Protocol,
                "abc.ABC" => ClassKind.Abstract,
                "typing.NamedTuple" or "typing_extensions.NamedTuple" => ClassKind.NamedTuple,
                "typing.TypedDict" or "typing_extensions.TypedDict" => ClassKind.TypedDict,
                "pydantic.BaseModel" or "pydantic.main.BaseModel" or "pydantic.v1.BaseModel" => ClassKind.Pydantic,
                "builtins.BaseException" or "builtins.Exception" => ClassKind.Exception,
                _ => ClassKind.None,
            };
            if (qualified is not null)
            {
                if (s_enumBases.Contains(qualified))
                {
                    kind |= ClassKind.Enum;
                }
                else if (s_testCaseBases.Contains(qualified))
                {
                    kind |= ClassKind.TestCase;
                }
                else if (qualified.StartsWith("builtins.", StringComparison.Ordinal) && (qualified.EndsWith("Error", StringComparison.Ordinal) || qualified.EndsWith("Exception", StringComparison.Ordinal) || qualified.EndsWith("Warning", StringComparison.Ordinal)))
                {
                    kind |= ClassKind.Exception;
                }
            }
        }

        if (Metaclass is "abc.ABCMeta")
        {
            kind |= ClassKind.Abstract;
        }

        foreach (var decorator in Decorators)
        {
            if (decorator is null)
            {
                continue;
            }

            if (s_dataclassDecorators.Contains(decorator))
            {
                kind |= ClassKind.Dataclass;
            }
            else if (s_attrsDecorators.Contains(decorator))
            {
                kind |= ClassKind.Attrs;
            }
        }

        foreach (var method in Methods.Values)
        {
            var decorators = method switch
            {
                FunctionDef function => function.DecoratorList,
                AsyncFunctionDef function => function.DecoratorList,
                _ => [],
            };
            if (HasAbstractDecorator(decorators))
            {
                kind |= ClassKind.Abstract;
                break;
            }
        }

        // Kinds that inheritance passes on (not Protocol: a subclass of a protocol is a concrete class).
        foreach (var local in LocalBases)
        {
            if (seen.Contains(local))
            {
                continue;
            }

            // A base the model already knows is not built again (a file's hierarchy would cost the square of its depth).
            var inherited = (_model.CachedClass(local) ?? new ClassModel(_model, local, seen)).Kind;
            kind |= inherited & (ClassKind.Enum | ClassKind.TestCase | ClassKind.Pydantic | ClassKind.TypedDict | ClassKind.Exception | ClassKind.Abstract | ClassKind.NamedTuple);
        }

        return kind;
    }

    // A loop rather than a lambda: a lambda reading the model allocates a delegate for every method of every class.
    private bool HasAbstractDecorator(ImmutableArray<ExprNode> decorators)
    {
        foreach (var decorator in decorators)
        {
            if (_model.QualifiedNameOf(decorator) is "abc.abstractmethod" or "abc.abstractproperty" or "abc.abstractclassmethod" or "abc.abstractstaticmethod")
            {
                return true;
            }
        }

        return false;
    }

    private ClassModel(SemanticModel model, ClassDef node, HashSet<ClassDef> seen)
    {
        _model = model;
        Node = node;
        var bases = ImmutableArray.CreateBuilder<string?>(node.Bases.Length);
        var local = ImmutableArray.CreateBuilder<ClassDef>();
        foreach (var baseClass in node.Bases)
        {
            var expression = baseClass is Subscript subscript ? subscript.Value : baseClass;
            bases.Add(model.QualifiedNameOf(expression));
            if (expression is Name name && model.ReferenceOf(name)?.Binding is { Kind: BindingKind.ClassDefinition, Node: ClassDef definition } && !ReferenceEquals(definition, node))
            {
                local.Add(definition);
            }
        }

        BaseNames = bases.ToImmutable();
        LocalBases = local.ToImmutable();
        string?[] decorators = node.DecoratorList.Length == 0 ? [] : new string?[node.DecoratorList.Length];
        for (var i = 0; i < decorators.Length; i++)
        {
            var decorator = node.DecoratorList[i];
            decorators[i] = model.QualifiedNameOf(decorator is Call call ? call.Func : decorator);
        }

        Decorators = ImmutableCollectionsMarshal.AsImmutableArray(decorators);
        Metaclass = node.Keywords.FirstOrDefault(k => k.Arg == "metaclass") is { } metaclass ? model.QualifiedNameOf(metaclass.Value) : null;
        // Sized by the body's statements, which bound its methods (but for those under an `if` or `try`).
        var methods = new Dictionary<string, StmtNode>(node.Body.Length, StringComparer.Ordinal);
        CollectMethods(node.Body, methods);
        // Read-only once built; a frozen dictionary costs more to build than a class's few lookups save.
        Methods = methods;
        Kind = ComputeKind(seen);
    }
}
