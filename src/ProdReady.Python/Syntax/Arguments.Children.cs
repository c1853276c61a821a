namespace ProdReady.Python.Syntax;

/// <summary>The source-order child enumeration of <see cref="Arguments"/>.</summary>
public sealed partial class Arguments
{
    private void AddArguments(List<SyntaxNode> children)
    {
        // Defaults belong to the last positional parameters; interleave them in source order.
        var positional = Posonlyargs.Length + Args.Length;
        var firstDefault = positional - Defaults.Length;
        for (var i = 0; i < positional; i++)
        {
            children.Add(i < Posonlyargs.Length ? Posonlyargs[i] : Args[i - Posonlyargs.Length]);
            if (i >= firstDefault)
            {
                children.Add(Defaults[i - firstDefault]);
            }
        }

        if (Vararg is { } vararg)
        {
            children.Add(vararg);
        }

        for (var i = 0; i < Kwonlyargs.Length; i++)
        {
            children.Add(Kwonlyargs[i]);
            if (i < KwDefaults.Length && KwDefaults[i] is { } value)
            {
                children.Add(value);
            }
        }

        if (Kwarg is { } kwarg)
        {
            children.Add(kwarg);
        }
    }
}
