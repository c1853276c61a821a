using System.Text;
using ProdReady.Semantics.Index;

namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// The links of a whole map as a record beside the test map record keeps them, so that a whole-tree run whose files
/// kept their outlines follows only the tests that ran through a changed file and takes every other link as it was:
/// each unit's links (the test, by its position in the map's order, and the way), and for each test the modules it
/// reached when it also calls through names the map cannot follow, and the units its own code calls (its direct
/// callees, which the rules read for every test). The file names the record it belongs to by that record's seal (the
/// hash that ends it), so links written beside another record, or by a focused build that linked only some units, are
/// never taken.
/// </summary>
/// <remarks>
/// Layout: a magic string, the record's seal, the count of tests and the hash of their ids in the map's order (two tests
/// may share an id, so tests are lined up by position, and only with the same ids in the same order); a table of strings
/// (unit names, ways' words, modules); a table of ways (the numbers of their unit and helper strings plus one, 0 for
/// none, and whether the link is claimed); per test its dynamic modules (count, strings) and its direct callees (count
/// plus one, 0 when not recorded, then for each its module's string, its file's number among the record's files and its
/// position among that file's units); then the count of units with links and, per unit, its name's string, its count of
/// links and each link (the test's position less the previous link's, and the way). Numbers are 7-bit encoded, and the
/// whole is sealed like every cache file.
/// </remarks>
internal sealed class TestMapLinks
{
    private const string Magic = "prodready test map links 3";

    /// <summary>Where the record's seal begins: after the magic string and its one-byte length.</summary>
    private static readonly int s_sealOffset = 1 + Encoding.UTF8.GetByteCount(Magic);

    /// <summary>Gets how many bytes of a links file name the record it belongs to (see <see cref="Names"/>).</summary>
    internal static int HeaderLength => s_sealOffset + CacheFile.SealLength;

    /// <summary>Tells whether the first bytes of a links file name the record with the given seal.</summary>
    /// <param name="header">The file's first bytes: <see cref="HeaderLength"/> of them or more (fewer never name a record).</param>
    /// <param name="seal">The record's seal.</param>
    /// <returns><see langword="true"/> when the links were written for that record.</returns>
    internal static bool Names(ReadOnlySpan<byte> header, ReadOnlySpan<byte> seal) =>
        header.Length >= HeaderLength && header[0] == s_sealOffset - 1 && Encoding.UTF8.GetString(header[1..s_sealOffset]) == Magic
        && header[s_sealOffset..HeaderLength].SequenceEqual(seal);

    private readonly byte[] _bytes;
    private readonly int[] _tests;
    private readonly int _units;
    private readonly int _unitCount;

    private TestMapLinks(byte[] bytes, byte[] testsHash, int[] tests, int units, int unitCount, string[] strings, int[] wayThrough, int[] wayHelper, bool[] wayCertain)
    {
        _bytes = bytes;
        TestsHash = testsHash;
        _tests = tests;
        _units = units;
        _unitCount = unitCount;
        Strings = strings;
        WayThrough = wayThrough;
        WayHelper = wayHelper;
        WayCertain = wayCertain;
    }

    /// <summary>Gets how many tests the links are of.</summary>
    public int Count => _tests.Length;

    /// <summary>Gets the hash of the tests' ids, in the map's order (see <see cref="HashOfIds"/>).</summary>
    public byte[] TestsHash { get; }

    /// <summary>Gets the strings the links name, each made once.</summary>
    public string[] Strings { get; }

    /// <summary>Gets, for each way, the number of its unit's string plus one (0: none).</summary>
    public int[] WayThrough { get; }

    /// <summary>Gets, for each way, the number of its helper's string plus one (0: none).</summary>
    public int[] WayHelper { get; }

    /// <summary>Gets, for each way, whether its links are claimed.</summary>
    public bool[] WayCertain { get; }

    /// <summary>Encodes the links of a whole map, for the record with the given seal.</summary>
    /// <param name="seal">The seal of the record the links belong to.</param>
    /// <param name="testsHash">The hash of the tests' ids in the map's order.</param>
    /// <param name="strings">The strings the links name.</param>
    /// <param name="ways">Each way: the number of its unit's and its helper's string plus one (0: none), and whether it is claimed.</param>
    /// <param name="tests">For each test in the map's order: its dynamic modules' strings, and its direct callees (module string, file, position), or <see langword="null"/> when not known.</param>
    /// <param name="units">For each unit with links: its name's string, and its links (test position, way) in the order of the tests.</param>
    /// <returns>The sealed bytes.</returns>
    public static ReadOnlyMemory<byte> Encode(
        ReadOnlySpan<byte> seal,
        ReadOnlySpan<byte> testsHash,
        IReadOnlyList<string> strings,
        IReadOnlyList<(int Through, int Helper, bool IsCertain)> ways,
        IReadOnlyList<(int[] Modules, int[]? Callees)> tests,
        IReadOnlyList<(int Name, ReadOnlyMemory<(int Test, int Way)> Links)> units)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(ways);
        ArgumentNullException.ThrowIfNull(tests);
        ArgumentNullException.ThrowIfNull(units);
        long size = 256 + (ways.Count * 6L) + (tests.Count * 4L);
        foreach (var text in strings)
        {
            size += text.Length + 4;
        }

        foreach (var (_, links) in units)
        {
            size += 8 + (links.Length * 4L);
        }

        var writer = new SealedBytes(size);
        writer.Text(Magic);
        writer.Raw(seal);
        writer.Int32(tests.Count);
        writer.Raw(testsHash);
        writer.Number(strings.Count);
        foreach (var text in strings)
        {
            writer.Text(text);
        }

        writer.Number(ways.Count);
        foreach (var (through, helper, isCertain) in ways)
        {
            writer.Number(through);
            writer.Number(helper);
            writer.Flag(isCertain);
        }

        foreach (var (modules, callees) in tests)
        {
            writer.Number(modules.Length);
            foreach (var module in modules)
            {
                writer.Number(module);
            }

            writer.Number(callees is null ? 0 : (callees.Length / 3) + 1);
            foreach (var value in callees ?? [])
            {
                writer.Number(value);
            }
        }

        writer.Number(units.Count);
        foreach (var (name, links) in units)
        {
            writer.Number(name);
            writer.Number(links.Length);
            var previous = 0;
            foreach (var (test, way) in links.Span)
            {
                writer.Number(test - previous);
                writer.Number(way);
                previous = test;
            }
        }

        return writer.Seal();
    }

    /// <summary>Hashes test ids in order, as the links name the tests they are of.</summary>
    /// <param name="ids">The ids, in the map's order.</param>
    /// <returns>The SHA-256 of the ids, each followed by a line feed.</returns>
    public static byte[] HashOfIds(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);

        // The ids are encoded into one buffer and hashed a buffer at a time (tens of thousands of ids: a call into the hash
        // and a string per id cost more than the hashing).
        var buffer = new byte[1 << 16];
        var used = 0;
        foreach (var id in ids)
        {
            var needed = Encoding.UTF8.GetMaxByteCount(id.Length) + 1;
            if (used + needed > buffer.Length)
            {
                hash.AppendData(buffer, 0, used);
                used = 0;
                if (needed > buffer.Length)
                {
                    buffer = new byte[needed];
                }
            }

            used += Encoding.UTF8.GetBytes(id, buffer.AsSpan(used));
            buffer[used++] = (byte)'\n';
        }

        hash.AppendData(buffer, 0, used);
        return hash.GetHashAndReset();
    }

    /// <summary>Reads links, checking that they are whole, belong to the record with the given seal and name what they have.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="seal">The seal of the record read.</param>
    /// <param name="known">Whether the caller checked already that the bytes are whole (<see cref="CacheFile.IsWhole"/>).</param>
    /// <returns>The links, or <see langword="null"/> when they do not read back whole or belong to another record.</returns>
    public static TestMapLinks? Decode(byte[] bytes, ReadOnlySpan<byte> seal, bool known = false)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (!known && !CacheFile.IsWhole(bytes))
        {
            return null;
        }

        try
        {
            var end = bytes.Length - CacheFile.SealLength;
            using var stream = new MemoryStream(bytes, 0, end, writable: false);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Magic || !reader.ReadBytes(CacheFile.SealLength).AsSpan().SequenceEqual(seal))
            {
                return null;
            }

            var testCount = reader.ReadInt32();
            var testsHash = reader.ReadBytes(CacheFile.SealLength);
            var stringCount = reader.Read7BitEncodedInt();
            if (testCount < 0 || testCount > end || testsHash.Length != CacheFile.SealLength || stringCount < 0 || stringCount > end)
            {
                return null;
            }

            var strings = new string[stringCount];
            for (var i = 0; i < strings.Length; i++)
            {
                strings[i] = reader.ReadString();
            }

            var wayCount = reader.Read7BitEncodedInt();
            if (wayCount < 0 || wayCount > end)
            {
                return null;
            }

            var through = new int[wayCount];
            var helper = new int[wayCount];
            var certain = new bool[wayCount];
            for (var i = 0; i < wayCount; i++)
            {
                through[i] = reader.Read7BitEncodedInt();
                helper[i] = reader.Read7BitEncodedInt();
                certain[i] = reader.ReadBoolean();
                if ((uint)through[i] > (uint)stringCount || (uint)helper[i] > (uint)stringCount)
                {
                    return null;
                }
            }

            // Every entry is checked now (numbers in range, nothing past the end), and read later from where it starts. The
            // files' numbers and units' positions of callees are checked where they are read, against the summaries.
            var tests = new int[testCount];
            for (var t = 0; t < testCount; t++)
            {
                tests[t] = (int)stream.Position;
                var modules = reader.Read7BitEncodedInt();
                for (var i = 0; i < modules; i++)
                {
                    if ((uint)reader.Read7BitEncodedInt() >= (uint)stringCount)
                    {
                        return null;
                    }
                }

                var callees = reader.Read7BitEncodedInt() - 1;
                for (var i = 0; i < callees; i++)
                {
                    if ((uint)reader.Read7BitEncodedInt() >= (uint)stringCount)
                    {
                        return null;
                    }

                    reader.Read7BitEncodedInt();
                    reader.Read7BitEncodedInt();
                }
            }

            var unitCount = reader.Read7BitEncodedInt();
            var units = (int)stream.Position;
            for (var u = 0; u < unitCount; u++)
            {
                var name = reader.Read7BitEncodedInt();
                var links = reader.Read7BitEncodedInt();
                if ((uint)name >= (uint)stringCount || links < 0 || links > end)
                {
                    return null;
                }

                // A unit's links are in the order of the tests, each test once: every step after the first moves on.
                var test = 0;
                for (var i = 0; i < links; i++)
                {
                    var step = reader.Read7BitEncodedInt();
                    test += step;
                    if ((i > 0 && step <= 0) || (uint)test >= (uint)testCount || (uint)reader.Read7BitEncodedInt() >= (uint)wayCount)
                    {
                        return null;
                    }
                }
            }

            return stream.Position == end ? new TestMapLinks(bytes, testsHash, tests, units, unitCount, strings, through, helper, certain) : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Makes the same links for another record: the bytes read, with that record's seal and sealed again.</summary>
    /// <param name="seal">The seal of the record the links now belong to.</param>
    /// <returns>The sealed bytes.</returns>
    public ReadOnlyMemory<byte> WithSeal(byte[] seal)
    {
        ArgumentNullException.ThrowIfNull(seal);
        var body = _bytes.AsSpan(0, _bytes.Length - CacheFile.SealLength);
        var writer = new SealedBytes(body.Length);
        writer.Raw(body[..s_sealOffset]);
        writer.Raw(seal.AsSpan(0, CacheFile.SealLength));
        writer.Raw(body[(s_sealOffset + CacheFile.SealLength)..]);
        return writer.Seal();
    }

    /// <summary>Reads a test's dynamic modules and direct callees.</summary>
    /// <param name="test">The test's number in the map's order.</param>
    /// <param name="modules">Receives the string of each dynamic module.</param>
    /// <param name="callees">Receives each direct callee's module string, file number and position among the file's units.</param>
    /// <returns>Whether the test's direct callees were recorded.</returns>
    public bool ReadTest(int test, List<int> modules, List<(int Module, int File, int Position)> callees)
    {
        ArgumentNullException.ThrowIfNull(modules);
        ArgumentNullException.ThrowIfNull(callees);
        modules.Clear();
        callees.Clear();
        var position = _tests[test];
        var count = Next(ref position);
        for (var i = 0; i < count; i++)
        {
            modules.Add(Next(ref position));
        }

        count = Next(ref position) - 1;
        for (var i = 0; i < count; i++)
        {
            var module = Next(ref position);
            var file = Next(ref position);
            callees.Add((module, file, Next(ref position)));
        }

        return count >= 0;
    }

    /// <summary>Reads every unit's links, one unit after another.</summary>
    /// <param name="unit">
    /// Called for each unit with its name's string and its links (the test's position and the way), in the order of the
    /// tests; the buffer is reused for the next unit.
    /// </param>
    public void ReadUnits(Action<int, ReadOnlySpan<(int Test, int Way)>> unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var position = _units;
        var buffer = new (int Test, int Way)[64];
        for (var u = 0; u < _unitCount; u++)
        {
            var name = Next(ref position);
            var count = Next(ref position);
            if (buffer.Length < count)
            {
                buffer = new (int, int)[Math.Max(count, buffer.Length * 2)];
            }

            var test = 0;
            for (var i = 0; i < count; i++)
            {
                test += Next(ref position);
                buffer[i] = (test, Next(ref position));
            }

            unit(name, buffer.AsSpan(0, count));
        }
    }

    /// <summary>Reads a 7-bit encoded number checked when the links were read.</summary>
    private int Next(ref int position)
    {
        var value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = _bytes[position++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
