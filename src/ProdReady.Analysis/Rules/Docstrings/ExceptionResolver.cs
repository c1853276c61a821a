using System.Collections.Frozen;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Index;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.Docstrings;

/// <summary>
/// Resolves the class of a <c>raise</c> or an <c>except</c> through the semantic model: a builtin exception, a class of
/// the file, a class of the project (through the index), or a class of another module whose name says it is an
/// exception. Each resolved class comes with the names of its ancestors, so a documented base covers a raised subclass.
/// </summary>
internal sealed class ExceptionResolver(SemanticModel model, ProjectIndex? index)
{
    /// <summary>The builtin exception hierarchy: each class and its base.</summary>
    private static readonly FrozenDictionary<string, string> s_builtinBases = new Dictionary<string, string>
    {
        ["BaseExceptionGroup"] = "BaseException",
        ["GeneratorExit"] = "BaseException",
        ["KeyboardInterrupt"] = "BaseException",
        ["SystemExit"] = "BaseException",
        ["Exception"] = "BaseException",
        ["ArithmeticError"] = "Exception",
        ["FloatingPointError"] = "ArithmeticError",
        ["OverflowError"] = "ArithmeticError",
        ["ZeroDivisionError"] = "ArithmeticError",
        ["AssertionError"] = "Exception",
        ["AttributeError"] = "Exception",
        ["BufferError"] = "Exception",
        ["EOFError"] = "Exception",
        ["ExceptionGroup"] = "Exception",
        ["ImportError"] = "Exception",
        ["ModuleNotFoundError"] = "ImportError",
        ["LookupError"] = "Exception",
        ["IndexError"] = "LookupError",
        ["KeyError"] = "LookupError",
        ["MemoryError"] = "Exception",
        ["NameError"] = "Exception",
        ["UnboundLocalError"] = "NameError",
        ["OSError"] = "Exception",
        ["EnvironmentError"] = "OSError",
        ["IOError"] = "OSError",
        ["BlockingIOError"] = "OSError",
        ["ChildProcessError"] = "OSError",
        ["ConnectionError"] = "OSError",
        ["BrokenPipeError"] = "ConnectionError",
        ["ConnectionAbortedError"] = "ConnectionError",
        ["ConnectionRefusedError"] = "ConnectionError",
        ["ConnectionResetError"] = "ConnectionError",
        ["FileExistsError"] = "OSError",
        ["FileNotFoundError"] = "OSError",
        ["InterruptedError"] = "OSError",
        ["IsADirectoryError"] = "OSError",
        ["NotADirectoryError"] = "OSError",
        ["PermissionError"] = "OSError",
        ["ProcessLookupError"] = "OSError",
        ["TimeoutError"] = "OSError",
        ["ReferenceError"] = "Exception",
        ["RuntimeError"] = "Exception",
        ["NotImplementedError"] = "RuntimeError",
        ["RecursionError"] = "RuntimeError",
        ["PythonFinalizationError"] = "RuntimeError",
        ["StopAsyncIteration"] = "Exception",
        ["StopIteration"] = "Exception",
        ["SyntaxError"] = "Exception",
        ["IndentationError"] = "SyntaxError",
        ["TabError"] = "IndentationError",
        ["SystemError"] = "Exception",
        ["TypeError"] = "Exception",
        ["ValueError"] = "Exception",
        ["UnicodeError"] = "ValueError",
        ["UnicodeDecodeError"] = "UnicodeError",
        ["UnicodeEncodeError"] = "UnicodeError",
        ["UnicodeTranslateError"] = "UnicodeError",
        ["Warning"] = "Exception",
        ["BytesWarning"] = "Warning",
        ["DeprecationWarning"] = "Warning",
        ["EncodingWarning"] = "Warning",
        ["FutureWarning"] = "Warning",
        ["ImportWarning"] = "Warning",
        ["PendingDeprecationWarning"] = "Warning",
        ["ResourceWarning"] = "Warning",
        ["RuntimeWarning"] = "Warning",
        ["SyntaxWarning"] = "Warning",
        ["UnicodeWarning"] = "Warning",
        ["UserWarning"] = "Warning",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Resolves the exception class of a <c>raise</c> (<c>X</c> or <c>X(...)</c>).</summary>
    /// <param name="expression">The raised expression.</param>
    /// <returns>The class, or <see langword="null"/> when the expression is not an exception class (an instance in a variable, a factory call, an unknown attribute).</returns>
    public ResolvedException? Resolve(ExprNode? expression)
    {
        if (expression is Call call)
        {
            expression = call.Func;
        }

        if (expression is Name name && model.ReferenceOf(name)?.Binding is { } binding)
        {
            if (binding is { Kind: BindingKind.ClassDefinition, Node: ClassDef local })
            {
                var ancestors = new List<string>();
                AddLocalAncestors(local, ancestors, new HashSet<ClassDef>(ReferenceEqualityComparer.Instance));
                return IsException(ancestors) || model.ClassOf(local).Is(ClassKind.Exception) ? new ResolvedException(local.Name, ancestors) : null;
            }

            if (!binding.IsImport)
            {
                return null;
            }
        }
        else if (expression is not (Name or Python.Syntax.Attribute))
        {
            return null;
        }

        return model.QualifiedNameOf(expression) is { } qualified ? ResolveQualified(qualified) : null;
    }

    /// <summary>Tells whether a builtin exception is, or derives from, another exception by name.</summary>
    /// <param name="name">A builtin exception's name.</param>
    /// <returns>The names of its builtin ancestors, nearest first.</returns>
    public static List<string> BuiltinAncestors(string name)
    {
        var ancestors = new List<string>();
        while (s_builtinBases.TryGetValue(name, out var parent))
        {
            ancestors.Add(parent);
            name = parent;
        }

        return ancestors;
    }

    /// <summary>Tells whether a qualified name is a builtin exception class (<c>builtins.ValueError</c>).</summary>
    /// <param name="qualified">The qualified name.</param>
    /// <returns><see langword="true"/> for a builtin exception.</returns>
    public static bool IsBuiltinExceptionName(string qualified) =>
        qualified.StartsWith("builtins.", StringComparison.Ordinal) && IsBuiltinException(qualified["builtins.".Length..]);

    private static bool IsBuiltinException(string name) => name == "BaseException" || s_builtinBases.ContainsKey(name);

    private static bool IsException(List<string> ancestors) => ancestors.Contains("BaseException") || ancestors.Any(LooksLikeException);

    /// <summary>The naming convention of exception classes, used only for classes outside the project the model cannot read.</summary>
    private static bool LooksLikeException(string name) =>
        name.EndsWith("Error", StringComparison.Ordinal) || name.EndsWith("Exception", StringComparison.Ordinal)
        || name.EndsWith("Warning", StringComparison.Ordinal) || name.EndsWith("Exit", StringComparison.Ordinal)
        || name.EndsWith("Interrupt", StringComparison.Ordinal);

    // A file raises the same few classes many times (ValueError, its own error class): each qualified name is resolved once.
    private readonly Dictionary<string, ResolvedException?> _resolved = new(StringComparer.Ordinal);

    private ResolvedException? ResolveQualified(string qualified)
    {
        if (!_resolved.TryGetValue(qualified, out var resolved))
        {
            resolved = ResolveQualifiedOnce(qualified);
            _resolved[qualified] = resolved;
        }

        return resolved;
    }

    private ResolvedException? ResolveQualifiedOnce(string qualified)
    {
        var dot = qualified.LastIndexOf('.');
        var last = dot < 0 ? qualified : qualified[(dot + 1)..];
        if (qualified.StartsWith("builtins.", StringComparison.Ordinal))
        {
            return IsBuiltinException(last) ? new ResolvedException(last, BuiltinAncestors(last)) : null;
        }

        var ancestors = new List<string>();
        if (dot > 0 && index?.Get(qualified[..dot]) is { } summary)
        {
            if (!summary.Classes.ContainsKey(last))
            {
                return null;
            }

            AddProjectAncestors(qualified, ancestors, new HashSet<string>(StringComparer.Ordinal));
            return IsException(ancestors) ? new ResolvedException(last, ancestors) : null;
        }

        return LooksLikeException(last) ? new ResolvedException(last, ancestors) : null;
    }

    private void AddLocalAncestors(ClassDef type, List<string> ancestors, HashSet<ClassDef> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }

        var facts = model.ClassOf(type);
        for (var i = 0; i < type.Bases.Length; i++)
        {
            var expression = type.Bases[i] is Subscript subscript ? subscript.Value : type.Bases[i];
            if (expression is Name name && model.ReferenceOf(name)?.Binding is { Kind: BindingKind.ClassDefinition, Node: ClassDef local })
            {
                ancestors.Add(local.Name);
                AddLocalAncestors(local, ancestors, seen);
            }
            else if (facts.BaseNames[i] is { } qualified)
            {
                AddQualifiedAncestors(qualified, ancestors, new HashSet<string>(StringComparer.Ordinal));
            }
        }
    }

    private void AddQualifiedAncestors(string qualified, List<string> ancestors, HashSet<string> seen)
    {
        var dot = qualified.LastIndexOf('.');
        var last = dot < 0 ? qualified : qualified[(dot + 1)..];
        ancestors.Add(last);
        if (qualified.StartsWith("builtins.", StringComparison.Ordinal))
        {
            ancestors.AddRange(BuiltinAncestors(last));
        }
        else
        {
            AddProjectAncestors(qualified, ancestors, seen);
        }
    }

    private void AddProjectAncestors(string qualified, List<string> ancestors, HashSet<string> seen)
    {
        var dot = qualified.LastIndexOf('.');
        if (!seen.Add(qualified) || dot <= 0 || index?.Get(qualified[..dot]) is not { } summary
            || !summary.Classes.TryGetValue(qualified[(dot + 1)..], out var type))
        {
            return;
        }

        foreach (var baseClass in type.Bases)
        {
            if (baseClass.Length > 0)
            {
                AddQualifiedAncestors(baseClass, ancestors, seen);
            }
        }
    }
}
