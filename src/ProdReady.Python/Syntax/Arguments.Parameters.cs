namespace ProdReady.Python.Syntax;

/// <summary>The parameters of <see cref="Arguments"/> in signature order, enumerated without allocating.</summary>
public sealed partial class Arguments
{
    /// <summary>
    /// Gets every parameter in signature order: positional-only, regular, <c>*args</c>, keyword-only, <c>**kwargs</c>,
    /// each with the prefix it is written with (<c>*</c>, <c>**</c> or nothing). A <c>foreach</c> over it allocates nothing.
    /// </summary>
    public ParameterSequence Parameters => new(this);
}

/// <summary>The parameters of a signature in order, each with its prefix; see <see cref="Arguments.Parameters"/>.</summary>
/// <param name="arguments">The signature.</param>
public readonly struct ParameterSequence(Arguments arguments)
{
    /// <summary>Returns an enumerator over the parameters.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(arguments);

    /// <summary>Enumerates the parameters of a signature: an index runs through the five groups in order.</summary>
    public struct Enumerator
    {
        private readonly Arguments _arguments;
        private int _group;
        private int _index;

        /// <summary>Initializes a new instance of the <see cref="Enumerator"/> struct, before the first parameter.</summary>
        /// <param name="arguments">The signature.</param>
        public Enumerator(Arguments arguments)
        {
            ArgumentNullException.ThrowIfNull(arguments);
            _arguments = arguments;
            _index = -1;
        }

        /// <summary>Gets the current parameter and its prefix.</summary>
        public (Arg Arg, string Prefix) Current { get; private set; }

        /// <summary>Moves to the next parameter.</summary>
        /// <returns><see langword="false"/> after the last one.</returns>
        public bool MoveNext()
        {
            while (_group < 5)
            {
                _index++;
                switch (_group)
                {
                    case 0 when _index < _arguments.Posonlyargs.Length:
                        Current = (_arguments.Posonlyargs[_index], string.Empty);
                        return true;
                    case 1 when _index < _arguments.Args.Length:
                        Current = (_arguments.Args[_index], string.Empty);
                        return true;
                    case 2 when _index == 0 && _arguments.Vararg is { } vararg:
                        Current = (vararg, "*");
                        return true;
                    case 3 when _index < _arguments.Kwonlyargs.Length:
                        Current = (_arguments.Kwonlyargs[_index], string.Empty);
                        return true;
                    case 4 when _index == 0 && _arguments.Kwarg is { } kwarg:
                        Current = (kwarg, "**");
                        return true;
                }

                _group++;
                _index = -1;
            }

            return false;
        }
    }
}
