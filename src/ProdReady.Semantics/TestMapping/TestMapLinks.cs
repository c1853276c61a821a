using System.Text;
using ProdReady.Semantics.Index;

namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// The links of a whole map as a record beside the test map record keeps them, so that a whole-tree run whose files
/// kept their outlines follows only the tests that ran through a changed file and takes every other test's links as they
/// were: for each test, in the map's order, the units it linked (with the way of each link), when it also calls
/// through names the map cannot follow, the modules it reached, and the units its own code calls (its direct callees,
/// which the rules read for every test). The file names the record it belongs to by that
/// record's seal (the hash that ends it), so links written beside another record, or by a focused build that linked only
/// some units, are never taken.
/// </summary>
/// <remarks>
/// Layout: a magic string, the record's seal, the count of tests and the hash of their ids in the map's order (two tests
/// may share an id, so tests are lined up by position, and only with the same ids in the same order), a table of strings (unit names, ways' words, modules),
/// a table of ways (the numbers of their unit and helper strings, 0 for none, and whether the link is claimed), then per
/// test its dynamic modules, its links (pairs of a unit name's and a way's number) and its direct callees (their count
/// plus one, 0 when not recorded, then for each its module's string, its file's number among the record's files and its
/// position among that file's units); numbers are 7-bit encoded and the whole is sealed like every cache file.
/// </remarks>
internal sealed class TestMapLinks
{
    private const string Magic = "prodready test map links 2";

    /// <summary>Where the record's seal begins: after the magic string and its one-byte length.</summary>
    private static readonly int s_sealOffset = 1 + Encoding.UTF8.GetByteCount(Magic);

    private readonly byte[] _bytes;
    private readonly int[] _starts;

    private TestMapLinks(byte[] bytes, byte[] testsHash, int[] starts, string[] strings, int[] wayThrough, int[] wayHelper, bool[] wayCertain)
    {
        _bytes = bytes;
        TestsHash = testsHash;
        _starts = starts;
        Strings = strings;
        WayThrough = wayThrough;
        WayHelper = wayHelper;
        WayCertain = wayCertain;
    }

    /// <summary>Gets how many tests the links are of.</summary>
    public int Count => _starts.Length - 1;

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

    /// <summary>Encodes the links a build recorded, for the record with the given seal.</summary>
    /// <param name="seal">The seal of the record the links belong to.</param>
    /// <param name="testsHash">The hash of the tests' ids in the map's order.</param>
    /// <param name="strings">The strings the links name.</param>
    /// <param name="ways">Each way: the number of its unit's and its helper's string plus one (0: none), and whether it is claimed.</param>
    /// <param name="tests">
    /// For each test in the map's order, its entry: the count of its dynamic modules and each one's string, then the
    /// count of its links and each one's unit string and way, then its direct callees as the layout says.
    /// </param>
    /// <returns>The sealed bytes.</returns>
    public static byte[] Encode(ReadOnlySpan<byte> seal, ReadOnlySpan<byte> testsHash, IReadOnlyList<string> strings, IReadOnlyList<(int Through, int Helper, bool IsCertain)> ways, IReadOnlyList<int[]> tests)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(ways);
        ArgumentNullException.ThrowIfNull(tests);
        long size = 256 + (ways.Count * 6L);
        foreach (var text in strings)
        {
            size += text.Length + 4;
        }

        foreach (var entry in tests)
        {
            size += entry.Length * 3L;
        }

        using var stream = new MemoryStream((int)Math.Min(size, int.MaxValue / 2));
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(seal);
            writer.Write(tests.Count);
            writer.Write(testsHash);
            writer.Write7BitEncodedInt(strings.Count);
            foreach (var text in strings)
            {
                writer.Write(text);
            }

            writer.Write7BitEncodedInt(ways.Count);
            foreach (var (through, helper, isCertain) in ways)
            {
                writer.Write7BitEncodedInt(through);
                writer.Write7BitEncodedInt(helper);
                writer.Write(isCertain);
            }

            foreach (var entry in tests)
            {
                foreach (var value in entry)
                {
                    writer.Write7BitEncodedInt(value);
                }
            }
        }

        return CacheFile.Seal(stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    /// <summary>Hashes test ids in order, as the links name the tests they are of.</summary>
    /// <param name="ids">The ids, in the map's order.</param>
    /// <returns>The SHA-256 of the ids, each followed by a line feed.</returns>
    public static byte[] HashOfIds(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var id in ids)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(id + "\n"));
        }

        return hash.GetHashAndReset();
    }

    /// <summary>Reads links, checking that they are whole and belong to the record with the given seal.</summary>
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
            if (testCount < 0 || testCount > end || testsHash.Length != CacheFile.SealLength)
            {
                return null;
            }

            var stringCount = reader.Read7BitEncodedInt();
            if (stringCount < 0 || stringCount > end)
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

            // Every test's entry is checked now (numbers in range, nothing past the end), and replayed later from its start.
            var starts = new int[testCount + 1];
            for (var t = 0; t < testCount; t++)
            {
                starts[t] = (int)stream.Position;
                var modules = reader.Read7BitEncodedInt();
                for (var i = 0; i < modules; i++)
                {
                    if ((uint)reader.Read7BitEncodedInt() >= (uint)stringCount)
                    {
                        return null;
                    }
                }

                var links = reader.Read7BitEncodedInt();
                for (var i = 0; i < links; i++)
                {
                    if ((uint)reader.Read7BitEncodedInt() >= (uint)stringCount || (uint)reader.Read7BitEncodedInt() >= (uint)wayCount)
                    {
                        return null;
                    }
                }

                // The files' numbers and units' positions are checked where they are read: against the record and the summaries.
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

            starts[testCount] = (int)stream.Position;
            return stream.Position == end ? new TestMapLinks(bytes, testsHash, starts, strings, through, helper, certain) : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Makes the same links for another record: the bytes read, with that record's seal and sealed again.</summary>
    /// <param name="seal">The seal of the record the links now belong to.</param>
    /// <returns>The sealed bytes.</returns>
    public byte[] WithSeal(byte[] seal)
    {
        ArgumentNullException.ThrowIfNull(seal);
        var body = _bytes.AsSpan(0, _bytes.Length - CacheFile.SealLength).ToArray();
        seal.AsSpan(0, CacheFile.SealLength).CopyTo(body.AsSpan(s_sealOffset, CacheFile.SealLength));
        return CacheFile.Seal(body);
    }

    /// <summary>Reads a test's dynamic modules and links.</summary>
    /// <param name="test">The test's number in the map's order.</param>
    /// <param name="modules">Receives the number of each dynamic module's string.</param>
    /// <param name="links">Receives the number of each linked unit's string and of its way.</param>
    /// <param name="callees">Receives each direct callee's module string, file number and position among the file's units.</param>
    /// <returns>Whether the test's direct callees were recorded.</returns>
    public bool Read(int test, List<int> modules, List<(int Unit, int Way)> links, List<(int Module, int File, int Position)> callees)
    {
        ArgumentNullException.ThrowIfNull(modules);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(callees);
        modules.Clear();
        links.Clear();
        callees.Clear();
        var position = _starts[test];
        var count = Next(ref position);
        for (var i = 0; i < count; i++)
        {
            modules.Add(Next(ref position));
        }

        count = Next(ref position);
        for (var i = 0; i < count; i++)
        {
            var unit = Next(ref position);
            links.Add((unit, Next(ref position)));
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
