using System.Collections.Frozen;

namespace ProdReady.Semantics.TestMapping;

/// <summary>The parents of the built-in and common standard-library exception classes (a frozen table).</summary>
internal static class ExceptionHierarchy
{
    private static readonly FrozenDictionary<string, string> s_parents = Build();

    /// <summary>Returns the direct base of a built-in or standard-library exception class.</summary>
    /// <param name="qualifiedName">The class's qualified name (<c>builtins.KeyError</c>).</param>
    /// <returns>The base's qualified name, or <see langword="null"/> for <c>BaseException</c> and unknown classes.</returns>
    public static string? ParentOf(string qualifiedName) => s_parents.GetValueOrDefault(qualifiedName);

    private static FrozenDictionary<string, string> Build()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string parent, params string[] children)
        {
            foreach (var child in children)
            {
                table["builtins." + child] = "builtins." + parent;
            }
        }

        Add("BaseException", "Exception", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "BaseExceptionGroup");
        Add("Exception", "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError",
            "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError", "StopIteration", "StopAsyncIteration", "SyntaxError",
            "SystemError", "TypeError", "ValueError", "Warning", "ExceptionGroup");
        Add("ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError");
        Add("ImportError", "ModuleNotFoundError");
        Add("LookupError", "IndexError", "KeyError");
        Add("NameError", "UnboundLocalError");
        Add("OSError", "BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError", "FileNotFoundError", "InterruptedError",
            "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError", "IOError", "EnvironmentError");
        Add("ConnectionError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError");
        Add("RuntimeError", "NotImplementedError", "RecursionError", "PythonFinalizationError");
        Add("SyntaxError", "IndentationError");
        Add("IndentationError", "TabError");
        Add("ValueError", "UnicodeError");
        Add("UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError");
        Add("Warning", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning",
            "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning");
        table["json.JSONDecodeError"] = "builtins.ValueError";
        table["json.decoder.JSONDecodeError"] = "builtins.ValueError";
        table["subprocess.CalledProcessError"] = "subprocess.SubprocessError";
        table["subprocess.TimeoutExpired"] = "subprocess.SubprocessError";
        table["subprocess.SubprocessError"] = "builtins.Exception";
        table["asyncio.TimeoutError"] = "builtins.TimeoutError";
        table["socket.timeout"] = "builtins.TimeoutError";
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
