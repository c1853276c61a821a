using System.Collections.Frozen;
using ProdReady.Python;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Engine;

/// <summary>
/// The signatures a type stub (<c>.pyi</c>) declares for the module beside it: for each module-level function and each
/// method (<c>f</c>, <c>Class.method</c>, <c>Outer.Inner.method</c>), which parameters it annotates and whether it
/// annotates the return. Type checkers read the stub instead of the module, so its annotations count for the module.
/// </summary>
public sealed class StubSignatures
{
    private readonly FrozenDictionary<string, Signature> _signatures;

    private StubSignatures(Dictionary<string, Signature> signatures)
    {
        _signatures = signatures.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets how many functions and methods the stub declares.</summary>
    public int Count => _signatures.Count;

    /// <summary>Reads the signatures of a parsed stub (a partial tree gives the signatures it holds).</summary>
    /// <param name="stub">The stub's parse result.</param>
    /// <returns>The signatures.</returns>
    public static StubSignatures From(ParseResult stub)
    {
        ArgumentNullException.ThrowIfNull(stub);
        var signatures = new Dictionary<string, Signature>(StringComparer.Ordinal);
        Collect(stub.Module.Body, string.Empty, signatures);
        return new StubSignatures(signatures);
    }

    /// <summary>Tells whether the stub declares a function and annotates one of its parameters.</summary>
    /// <param name="path">The function's dotted path (<c>Class.method</c>).</param>
    /// <param name="parameter">The parameter's name.</param>
    /// <returns><see langword="true"/> when the stub annotates it.</returns>
    public bool AnnotatesParameter(string path, string parameter) =>
        _signatures.TryGetValue(path, out var signature) && signature.Parameters.Contains(parameter);

    /// <summary>Tells whether the stub declares a function and annotates its return.</summary>
    /// <param name="path">The function's dotted path (<c>Class.method</c>).</param>
    /// <returns><see langword="true"/> when the stub annotates it.</returns>
    public bool AnnotatesReturn(string path) => _signatures.TryGetValue(path, out var signature) && signature.Returns;

    private static void Collect(IEnumerable<StmtNode> body, string prefix, Dictionary<string, Signature> signatures)
    {
        foreach (var statement in body)
        {
            switch (statement)
            {
                case FunctionDef function:
                    Add(signatures, prefix + function.Name, function.Args, function.Returns);
                    break;
                case AsyncFunctionDef function:
                    Add(signatures, prefix + function.Name, function.Args, function.Returns);
                    break;
                case ClassDef type:
                    Collect(type.Body, prefix + type.Name + ".", signatures);
                    break;
                case If branch:
                    Collect(branch.Body, prefix, signatures);
                    Collect(branch.Orelse, prefix, signatures);
                    break;
            }
        }
    }

    private static void Add(Dictionary<string, Signature> signatures, string path, Arguments arguments, ExprNode? returns)
    {
        // Overloads and version branches declare a function more than once: an annotation in any of them counts.
        if (!signatures.TryGetValue(path, out var signature))
        {
            signature = new Signature(new HashSet<string>(StringComparer.Ordinal));
            signatures[path] = signature;
        }

        IEnumerable<Arg?> all = [.. arguments.Posonlyargs, .. arguments.Args, arguments.Vararg, .. arguments.Kwonlyargs, arguments.Kwarg];
        foreach (var arg in all)
        {
            if (arg is { Annotation: not null })
            {
                signature.Parameters.Add(arg.Name);
            }
        }

        signature.Returns |= returns is not null;
    }

    private sealed class Signature(HashSet<string> parameters)
    {
        public HashSet<string> Parameters { get; } = parameters;

        public bool Returns { get; set; }
    }
}
