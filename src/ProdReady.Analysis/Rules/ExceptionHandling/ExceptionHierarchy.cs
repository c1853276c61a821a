using System.Collections.Frozen;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.ExceptionHandling;

/// <summary>The base classes of exception types: the builtin hierarchy, a few standard-library exceptions, the file's classes and the project's.</summary>
internal static class ExceptionHierarchy
{
    /// <summary>Each builtin (and a few standard) exception's direct base.</summary>
    private static readonly FrozenDictionary<string, string> s_parents = Build();

    /// <summary>Names that are aliases of another exception class.</summary>
    private static readonly FrozenDictionary<string, string> s_aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["builtins.IOError"] = "builtins.OSError",
        ["builtins.EnvironmentError"] = "builtins.OSError",
        ["socket.error"] = "builtins.OSError",
        ["select.error"] = "builtins.OSError",
        ["os.error"] = "builtins.OSError",
        ["socket.timeout"] = "builtins.TimeoutError",
        ["asyncio.TimeoutError"] = "builtins.TimeoutError",
        ["concurrent.futures.TimeoutError"] = "builtins.TimeoutError",
        ["json.decoder.JSONDecodeError"] = "json.JSONDecodeError",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Returns the canonical name of an exception class (aliases such as <c>IOError</c> resolved).</summary>
    /// <param name="qualified">A qualified class name.</param>
    /// <returns>The canonical name.</returns>
    public static string Canonical(string qualified) => s_aliases.GetValueOrDefault(qualified, qualified);

    /// <summary>Lists the classes a class derives from, itself included, as far as they are known.</summary>
    /// <param name="type">The class expression of a handler.</param>
    /// <param name="model">The file's model.</param>
    /// <param name="index">The project index, or <see langword="null"/>.</param>
    /// <returns>The canonical qualified names, the class itself first; empty when the class cannot be named.</returns>
    public static IReadOnlyList<string> Lineage(ExprNode type, SemanticModel model, Semantics.Index.ProjectIndex? index)
    {
        var result = new List<string>();
        if (model.QualifiedNameOf(type) is not { } start)
        {
            return result;
        }

        var pending = new Stack<(string Name, ClassDef? Local)>();
        var local = type is Name name && model.ReferenceOf(name)?.Binding is { Kind: BindingKind.ClassDefinition, Node: ClassDef definition } ? definition : null;
        pending.Push((Canonical(start), local));
        while (pending.Count > 0 && result.Count < 64)
        {
            var (current, definitionNode) = pending.Pop();
            if (result.Contains(current))
            {
                continue;
            }

            result.Add(current);
            if (definitionNode is not null)
            {
                var facts = model.ClassOf(definitionNode);
                for (var i = 0; i < facts.BaseNames.Length; i++)
                {
                    if (facts.BaseNames[i] is { } baseName)
                    {
                        var baseExpression = definitionNode.Bases[i];
                        var baseLocal = baseExpression is Name baseRef && model.ReferenceOf(baseRef)?.Binding is { Kind: BindingKind.ClassDefinition, Node: ClassDef baseDef } ? baseDef : null;
                        pending.Push((Canonical(baseName), baseLocal));
                    }
                }

                continue;
            }

            if (s_parents.TryGetValue(current, out var parent))
            {
                pending.Push((parent, null));
                continue;
            }

            var dot = current.LastIndexOf('.');
            if (dot > 0 && index?.Get(current[..dot]) is { } summary && summary.Classes.TryGetValue(current[(dot + 1)..], out var external))
            {
                foreach (var baseName in external.Bases)
                {
                    if (baseName.Length > 0)
                    {
                        pending.Push((Canonical(baseName), null));
                    }
                }
            }
        }

        return result;
    }

    private static FrozenDictionary<string, string> Build()
    {
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        void Children(string parent, params string[] children)
        {
            foreach (var child in children)
            {
                parents[child.Contains('.', StringComparison.Ordinal) ? child : "builtins." + child] = parent.Contains('.', StringComparison.Ordinal) ? parent : "builtins." + parent;
            }
        }

        Children("BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "BaseExceptionGroup");
        Children("Exception", "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError",
            "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError",
            "SystemError", "TypeError", "ValueError", "Warning", "ExceptionGroup", "subprocess.SubprocessError");
        Children("ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError");
        Children("ImportError", "ModuleNotFoundError");
        Children("LookupError", "IndexError", "KeyError");
        Children("NameError", "UnboundLocalError");
        Children("OSError", "BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError", "FileNotFoundError", "InterruptedError",
            "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError");
        Children("ConnectionError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError");
        Children("RuntimeError", "NotImplementedError", "RecursionError", "PythonFinalizationError");
        Children("SyntaxError", "IndentationError");
        Children("IndentationError", "TabError");
        Children("ValueError", "UnicodeError", "json.JSONDecodeError");
        Children("UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError");
        Children("Warning", "DeprecationWarning", "PendingDeprecationWarning", "RuntimeWarning", "SyntaxWarning", "UserWarning", "FutureWarning",
            "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning");
        Children("subprocess.SubprocessError", "subprocess.CalledProcessError", "subprocess.TimeoutExpired");
        return parents.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
