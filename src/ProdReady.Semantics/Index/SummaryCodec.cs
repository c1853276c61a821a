using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Semantics.Index;

/// <summary>
/// The binary form of a cached summary: every string the summary holds is written once, in a table at the start, and
/// named by its number after that, so a module whose functions call the same names again and again is read with one
/// string per name (the test map's facts repeat their call targets throughout a file). The whole is sealed like every
/// cache file: bytes that are not whole, or that do not read back as a summary, are never taken.
/// </summary>
/// <remarks>
/// Layout after the magic string: the count of strings and each string; then the summary's fields in a fixed order.
/// A string is its number plus one (0 for none), a list its count plus one (0 for none), a dictionary its count plus
/// one and each key and value; numbers are 7-bit encoded (zigzag for values that may be negative), flags are bytes.
/// </remarks>
internal static class SummaryCodec
{
    private const string Magic = "prodready summary 1";

    /// <summary>Encodes a summary.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The sealed bytes.</returns>
    public static byte[] Encode(ModuleSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var strings = new Dictionary<string, int>(64, StringComparer.Ordinal);
        using var body = new BodyBuffer();
        new Writer(body, strings).Summary(summary);

        var table = new string[strings.Count];
        foreach (var (text, number) in strings)
        {
            table[number] = text;
        }

        // The sealed bytes are written once, into an array of their exact size: the magic string, the table (each string
        // as BinaryWriter writes one: its UTF-8 length 7-bit encoded, then its bytes), the body, then the seal.
        var size = SizeOf(Magic) + SizeOf7BitEncoded(table.Length) + body.Length + CacheFile.SealLength;
        foreach (var text in table)
        {
            size += SizeOf(text);
        }

        var bytes = new byte[size];
        var at = Write(bytes, 0, Magic);
        at = Write7BitEncoded(bytes, at, table.Length);
        foreach (var text in table)
        {
            at = Write(bytes, at, text);
        }

        body.Written.CopyTo(bytes.AsSpan(at));
        at += body.Length;
        SHA256.HashData(bytes.AsSpan(0, at), bytes.AsSpan(at));
        return bytes;
    }

    /// <summary>How many bytes a string takes as <see cref="BinaryWriter.Write(string)"/> writes it in UTF-8.</summary>
    private static int SizeOf(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        return SizeOf7BitEncoded(length) + length;
    }

    /// <summary>How many bytes a non-negative number takes 7-bit encoded.</summary>
    private static int SizeOf7BitEncoded(int value)
    {
        var size = 1;
        for (var rest = (uint)value; rest >= 0x80; rest >>= 7)
        {
            size++;
        }

        return size;
    }

    /// <summary>Writes a string as <see cref="BinaryWriter.Write(string)"/> does in UTF-8, and returns the position after it.</summary>
    private static int Write(byte[] bytes, int at, string text)
    {
        at = Write7BitEncoded(bytes, at, Encoding.UTF8.GetByteCount(text));
        return at + Encoding.UTF8.GetBytes(text, bytes.AsSpan(at));
    }

    /// <summary>Writes a number 7-bit encoded, as <see cref="BinaryWriter.Write7BitEncodedInt"/> does (a negative one as unsigned, in five bytes), and returns the position after it.</summary>
    private static int Write7BitEncoded(byte[] bytes, int at, int value)
    {
        var rest = (uint)value;
        while (rest >= 0x80)
        {
            bytes[at++] = (byte)(rest | 0x80);
            rest >>= 7;
        }

        bytes[at++] = (byte)rest;
        return at;
    }

    /// <summary>Decodes a summary, or returns <see langword="null"/> when the bytes are not a whole summary of this form.</summary>
    /// <param name="bytes">The sealed bytes.</param>
    /// <returns>The summary.</returns>
    public static ModuleSummary? Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (!CacheFile.IsWhole(bytes))
        {
            return null;
        }

        try
        {
            using var stream = new MemoryStream(bytes, 0, bytes.Length - CacheFile.SealLength, writable: false);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                return null;
            }

            var count = reader.Read7BitEncodedInt();
            if (count < 0 || count > bytes.Length)
            {
                return null;
            }

            var table = new string[count];
            for (var i = 0; i < table.Length; i++)
            {
                table[i] = reader.ReadString();
            }

            var summary = new Reader(reader, table).Summary();
            return stream.Position == stream.Length ? summary : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or IndexOutOfRangeException or OverflowException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>A summary's body as it is written: bytes rented from the shared pool, returned once the summary is sealed.</summary>
    private sealed class BodyBuffer : IDisposable
    {
        private byte[] _bytes = ArrayPool<byte>.Shared.Rent(16384);

        /// <summary>Gets how many bytes were written.</summary>
        public int Length { get; private set; }

        /// <summary>Gets the bytes written.</summary>
        public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

        /// <summary>Writes a number 7-bit encoded (see <see cref="Write7BitEncoded"/>).</summary>
        public void Write7BitEncodedInt(int value)
        {
            Reserve(5);
            Length = Write7BitEncoded(_bytes, Length, value);
        }

        /// <summary>Writes a byte.</summary>
        public void Write(byte value)
        {
            Reserve(1);
            _bytes[Length++] = value;
        }

        /// <inheritdoc />
        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = [];
        }

        private void Reserve(int more)
        {
            if (Length + more <= _bytes.Length)
            {
                return;
            }

            var bigger = ArrayPool<byte>.Shared.Rent(_bytes.Length * 2);
            Written.CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = bigger;
        }
    }

    /// <summary>Writes the fields of a summary, numbering each string the first time it is written.</summary>
    private readonly struct Writer(BodyBuffer writer, Dictionary<string, int> strings)
    {
        public void Summary(ModuleSummary summary)
        {
            Text(summary.Module);
            Text(summary.Path);
            Text(summary.Hash);
            Texts(summary.Names);
            Texts(summary.TypeCheckingNames);
            Texts(summary.All);
            Texts(summary.StarImports);
            Flags(summary.HasGetattr, summary.HasDynamicGlobals, summary.InstallsModules, summary.Parsed);
            Texts(summary.AsyncFunctions);
            writer.Write7BitEncodedInt(summary.Classes.Count);
            foreach (var (name, type) in summary.Classes)
            {
                Text(name);
                Texts(type.Bases);
                Texts(type.Methods);
                Flags(type.IsGeneric);
                foreach (var (method, parameters) in Count(type.Parameters))
                {
                    Text(method);
                    Texts(parameters);
                }

                Texts(type.DocumentedMethods);
            }

            foreach (var unit in Count(summary.Units))
            {
                Unit(unit);
            }

            Texts(summary.Routes);
            foreach (var (name, target) in Count(summary.Imported))
            {
                Text(name);
                Text(target);
            }
        }

        private void Unit(UnitFacts unit)
        {
            Text(unit.Name);
            Text(unit.Kind);
            Number(unit.Line);
            Number(unit.Column);
            Number(unit.EndLine);
            Number(unit.StartLine);
            Number(unit.Cases);
            Flags(unit.IsAsync, unit.EdgeValues, unit.Seeds, unit.Asserts, unit.Dynamic, unit.RunsLoop);
            Text(unit.MadeBy);
            Text(unit.Returns);
            Texts(unit.Parameters);
            Texts(unit.Decorators);
            Texts(unit.Bases);
            Texts(unit.Attributes);
            Texts(unit.Calls);
            Numbers(unit.PlatformCalls);
            Numbers(unit.BareCalls);
            Texts(unit.Raises);
            Texts(unit.Effects);
            Texts(unit.Boundaries);
            Texts(unit.Expects);
            Texts(unit.Parametrized);
            Texts(unit.ParameterValues);
            Texts(unit.Numbers);
            Texts(unit.Mocks);
            Texts(unit.Nondeterminism);
            Texts(unit.Markers);
            Texts(unit.Yields);
        }

        private void Text(string? text)
        {
            if (text is null)
            {
                writer.Write7BitEncodedInt(0);
                return;
            }

            if (!strings.TryGetValue(text, out var number))
            {
                number = strings.Count;
                strings[text] = number;
            }

            writer.Write7BitEncodedInt(number + 1);
        }

        private void Texts(List<string>? texts)
        {
            writer.Write7BitEncodedInt(texts is null ? 0 : texts.Count + 1);
            if (texts is null)
            {
                return;
            }

            foreach (var text in texts)
            {
                Text(text);
            }
        }

        private void Numbers(List<int>? numbers)
        {
            writer.Write7BitEncodedInt(numbers is null ? 0 : numbers.Count + 1);
            if (numbers is null)
            {
                return;
            }

            foreach (var number in numbers)
            {
                Number(number);
            }
        }

        /// <summary>Writes a collection's count plus one (0 for none), and returns its items to write (none for none).</summary>
        private IReadOnlyCollection<T> Count<T>(IReadOnlyCollection<T>? items)
        {
            writer.Write7BitEncodedInt(items is null ? 0 : items.Count + 1);
            return items ?? [];
        }

        /// <summary>Writes a number that may be negative, zigzag encoded.</summary>
        private void Number(int number) => writer.Write7BitEncodedInt((number << 1) ^ (number >> 31));

        private void Flags(params ReadOnlySpan<bool> flags)
        {
            var bits = 0;
            for (var i = 0; i < flags.Length; i++)
            {
                bits |= flags[i] ? 1 << i : 0;
            }

            writer.Write((byte)bits);
        }
    }

    /// <summary>Reads the fields of a summary in the order <see cref="Writer"/> writes them.</summary>
    private sealed class Reader
    {
        private readonly BinaryReader _reader;
        private readonly string[] _table;
        private readonly Func<string> _required;
        private readonly Func<int> _number;

        public Reader(BinaryReader reader, string[] table)
        {
            _reader = reader;
            _table = table;
            _required = Required;
            _number = Number;
        }

        public ModuleSummary Summary()
        {
            var module = Required();
            var path = Required();
            var hash = Required();
            var names = Texts() ?? throw Malformed();
            var typing = Texts() ?? throw Malformed();
            var all = Texts();
            var stars = Texts() ?? throw Malformed();
            var flags = Flags();
            var asyncFunctions = Texts() ?? throw Malformed();
            var classCount = _reader.Read7BitEncodedInt();
            var classes = new Dictionary<string, ClassSummary>(Capacity(classCount), StringComparer.Ordinal);
            for (var i = 0; i < classCount; i++)
            {
                var name = Required();
                var bases = Texts() ?? throw Malformed();
                var methods = Texts() ?? throw Malformed();
                var generic = (Flags() & 1) != 0;
                Dictionary<string, List<string>>? parameters = null;
                var parameterCount = Count();
                if (parameterCount >= 0)
                {
                    parameters = new Dictionary<string, List<string>>(Capacity(parameterCount), StringComparer.Ordinal);
                    for (var j = 0; j < parameterCount; j++)
                    {
                        parameters[Required()] = Texts() ?? throw Malformed();
                    }
                }

                classes[name] = new ClassSummary
                {
                    Bases = bases,
                    Methods = methods,
                    IsGeneric = generic,
                    Parameters = parameters,
                    DocumentedMethods = Texts() ?? throw Malformed(),
                };
            }

            var units = ListOf(Unit);
            var routes = Texts();
            Dictionary<string, string>? imported = null;
            var importedCount = Count();
            if (importedCount >= 0)
            {
                imported = new Dictionary<string, string>(Capacity(importedCount), StringComparer.Ordinal);
                for (var i = 0; i < importedCount; i++)
                {
                    imported[Required()] = Required();
                }
            }

            return new ModuleSummary
            {
                Module = module,
                Path = path,
                Hash = hash,
                Names = names,
                TypeCheckingNames = typing,
                All = all,
                StarImports = stars,
                HasGetattr = (flags & 1) != 0,
                HasDynamicGlobals = (flags & 2) != 0,
                InstallsModules = (flags & 4) != 0,
                Parsed = (flags & 8) != 0,
                AsyncFunctions = asyncFunctions,
                Classes = classes,
                Units = units,
                Routes = routes,
                Imported = imported,
            };
        }

        private static InvalidDataException Malformed() => new("The summary does not read back.");

        private UnitFacts Unit()
        {
            var name = Required();
            var kind = Required();
            var line = Number();
            var column = Number();
            var endLine = Number();
            var startLine = Number();
            var cases = Number();
            var flags = Flags();
            return new UnitFacts
            {
                Name = name,
                Kind = kind,
                Line = line,
                Column = column,
                EndLine = endLine,
                StartLine = startLine,
                Cases = cases,
                IsAsync = (flags & 1) != 0,
                EdgeValues = (flags & 2) != 0,
                Seeds = (flags & 4) != 0,
                Asserts = (flags & 8) != 0,
                Dynamic = (flags & 16) != 0,
                RunsLoop = (flags & 32) != 0,
                MadeBy = Text(),
                Returns = Text(),
                Parameters = Texts(),
                Decorators = Texts(),
                Bases = Texts(),
                Attributes = Texts(),
                Calls = Texts(),
                PlatformCalls = Numbers(),
                BareCalls = Numbers(),
                Raises = Texts(),
                Effects = Texts(),
                Boundaries = Texts(),
                Expects = Texts(),
                Parametrized = Texts(),
                ParameterValues = Texts(),
                Numbers = Texts(),
                Mocks = Texts(),
                Nondeterminism = Texts(),
                Markers = Texts(),
                Yields = Texts(),
            };
        }

        private string Required() => Text() ?? throw Malformed();

        private string? Text()
        {
            var number = _reader.Read7BitEncodedInt();
            return number == 0 ? null : _table[number - 1];
        }

        private List<string>? Texts() => ListOf(_required);

        private List<int>? Numbers() => ListOf(_number);

        /// <summary>Reads a list: its count plus one (0 for none), then each item.</summary>
        private List<T>? ListOf<T>(Func<T> item)
        {
            var count = Count();
            if (count < 0)
            {
                return null;
            }

            var items = new List<T>(Capacity(count));
            for (var i = 0; i < count; i++)
            {
                items.Add(item());
            }

            return items;
        }

        /// <summary>Reads a count written plus one: -1 for none.</summary>
        private int Count() => _reader.Read7BitEncodedInt() - 1;

        /// <summary>The room to make for a count read (a damaged count cannot ask for more; the reading fails at the end of the bytes instead).</summary>
        private static int Capacity(int count) => Math.Min(count, 1024);

        private int Number()
        {
            var zigzag = _reader.Read7BitEncodedInt();
            return (int)((uint)zigzag >> 1) ^ -(zigzag & 1);
        }

        private int Flags() => _reader.ReadByte();
    }
}
