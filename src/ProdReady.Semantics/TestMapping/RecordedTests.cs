using System.Buffers;
using System.Text;

namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// What a test map record keeps of the tests: for each test id, in ordinal order, the numbers of the files its traversal
/// ran through. A record read from disk keeps the bytes of its tests and makes a test's id into a string only when asked,
/// since a change selects a few hundred of tens of thousands; one made by a build holds its ids and lists. A record renewed
/// after a change is the one read with the followed tests laid over it, and is written by copying the bytes of every test
/// it did not follow again.
/// </summary>
/// <remarks>
/// The bytes of a test are its id (a 7-bit encoded length and UTF-8, as <see cref="BinaryWriter.Write(string)"/> writes
/// it), the count of its files and their numbers, each 7-bit encoded.
/// </remarks>
internal sealed class RecordedTests
{
    /// <summary>Ids this long or shorter are decoded on the stack when compared.</summary>
    private const int StackIdLength = 256;

    /// <summary>The bytes a record was read from, or <see langword="null"/> for tests a build made.</summary>
    private readonly byte[]? _bytes;

    /// <summary>Where each test's bytes begin, and after the last, where they end.</summary>
    private readonly int[]? _starts;

    /// <summary>The ids of tests a build made, in ordinal order, or the tests laid over those read.</summary>
    private readonly string[] _ids;

    /// <summary>The files of each test of <see cref="_ids"/>.</summary>
    private readonly int[][] _files;

    /// <summary>The tests read, under the tests of <see cref="_ids"/>, or <see langword="null"/>.</summary>
    private readonly RecordedTests? _under;

    private RecordedTests(byte[]? bytes, int[]? starts, string[] ids, int[][] files, RecordedTests? under, int count)
    {
        _bytes = bytes;
        _starts = starts;
        _ids = ids;
        _files = files;
        _under = under;
        Count = count;
    }

    /// <summary>Gets no tests.</summary>
    public static RecordedTests Empty { get; } = new(null, null, [], [], null, 0);

    /// <summary>Gets how many tests are recorded.</summary>
    public int Count { get; }

    /// <summary>Gets the ids of the tests, in ordinal order (each made into a string: for tests and small records).</summary>
    public IEnumerable<string> Ids
    {
        get
        {
            var ids = new List<string>(Count);
            ForEach((id, _) => ids.Add(id));
            return ids;
        }
    }

    /// <summary>Makes the tests of a build.</summary>
    /// <param name="tests">The files each test ran through, by test id.</param>
    /// <returns>The tests, ordered.</returns>
    public static RecordedTests From(IReadOnlyDictionary<string, int[]> tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        var ids = new string[tests.Count];
        var index = 0;
        var ordered = true;
        foreach (var id in tests.Keys)
        {
            ordered = ordered && (index == 0 || string.CompareOrdinal(ids[index - 1], id) < 0);
            ids[index++] = id;
        }

        if (!ordered)
        {
            Array.Sort(ids, StringComparer.Ordinal);
        }

        var files = new int[ids.Length][];
        for (var i = 0; i < ids.Length; i++)
        {
            files[i] = tests[ids[i]];
        }

        return new RecordedTests(null, null, ids, files, null, ids.Length);
    }

    /// <summary>
    /// Reads the tests of a record from its bytes, checking that every entry is whole and names files the record has,
    /// without making any id into a string.
    /// </summary>
    /// <param name="bytes">The record's bytes.</param>
    /// <param name="offset">Where the tests begin (at their count); on return, where they end.</param>
    /// <param name="end">Where the record's body ends.</param>
    /// <param name="fileCount">How many files the record has.</param>
    /// <returns>The tests, or <see langword="null"/> when the bytes are not a whole, valid list.</returns>
    public static RecordedTests? Read(byte[] bytes, ref int offset, int end, int fileCount)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (offset < 0 || end > bytes.Length || end - offset < 4)
        {
            return null;
        }

        var count = BitConverter.ToInt32(bytes, offset);
        var position = offset + 4;

        // Each test takes at least two bytes (its id's length and its count of files): a count beyond that is damage.
        if (count < 0 || count > (end - position) / 2)
        {
            return null;
        }

        var starts = new int[count + 1];
        for (var i = 0; i < count; i++)
        {
            starts[i] = position;
            var length = ReadNumber(bytes, ref position, end);
            if (length < 0 || length > end - position)
            {
                return null;
            }

            position += length;
            var files = ReadNumber(bytes, ref position, end);
            if (files < 0)
            {
                return null;
            }

            for (var j = 0; j < files; j++)
            {
                var file = ReadNumber(bytes, ref position, end);
                if ((uint)file >= (uint)fileCount)
                {
                    return null;
                }
            }
        }

        starts[count] = position;
        offset = position;
        return new RecordedTests(bytes, starts, [], [], null, count);
    }

    /// <summary>Lays tests followed again over these: their lists replace the recorded ones, and new tests are added.</summary>
    /// <param name="followed">The files each followed test ran through, by test id.</param>
    /// <returns>The tests of the renewed record.</returns>
    public RecordedTests With(IReadOnlyDictionary<string, int[]> followed)
    {
        ArgumentNullException.ThrowIfNull(followed);
        if (followed.Count == 0)
        {
            return this;
        }

        if (_under is not null)
        {
            // Laid over tests that are themselves laid over: made whole first, so that tests are always laid over one list.
            var whole = new Dictionary<string, int[]>(Count, StringComparer.Ordinal);
            ForEach((id, files) => whole[id] = files);
            foreach (var (id, files) in followed)
            {
                whole[id] = files;
            }

            return From(whole);
        }

        var over = From(followed);
        var added = 0;
        foreach (var id in over._ids)
        {
            added += TryGetFiles(id, out _) ? 0 : 1;
        }

        return new RecordedTests(null, null, over._ids, over._files, this, Count + added);
    }

    /// <summary>Leaves out the tests of some test modules (whose outline changed: their tests are collected again).</summary>
    /// <param name="modules">The test modules' paths.</param>
    /// <returns>The other tests.</returns>
    public RecordedTests WithoutModules(IReadOnlySet<string> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var kept = new Dictionary<string, int[]>(Count, StringComparer.Ordinal);
        ForEach((id, files) =>
        {
            if (!modules.Contains(ModuleOf(id)))
            {
                kept[id] = files;
            }
        });
        return kept.Count == Count ? this : From(kept);
    }

    /// <summary>Lists the recorded ids of one test module, in order: a binary search for the module's first id, then a walk.</summary>
    /// <param name="module">The test module's path.</param>
    /// <returns>The ids that start with the path and <c>::</c>.</returns>
    public List<string> IdsOfModule(string module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var prefix = module + "::";
        var ids = new List<string>();
        if (_under is not null)
        {
            // Tests laid over others (a record renewed in this run): walked whole, as such a record is seldom asked.
            ForEach((id, _) =>
            {
                if (id.StartsWith(prefix, StringComparison.Ordinal))
                {
                    ids.Add(id);
                }
            });
            return ids;
        }

        var low = 0;
        var high = Count;
        while (low < high)
        {
            var middle = low + ((high - low) >> 1);
            if (CompareAt(middle, prefix) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < Count; i++)
        {
            var id = _bytes is not null ? IdRead(i) : _ids[i];
            if (!id.StartsWith(prefix, StringComparison.Ordinal))
            {
                break;
            }

            ids.Add(id);
        }

        return ids;
    }

    /// <summary>The path of a test id's module (the part before <c>::</c>).</summary>
    private static string ModuleOf(string id) => id.IndexOf("::", StringComparison.Ordinal) is var at and >= 0 ? id[..at] : id;

    /// <summary>Finds a test's files.</summary>
    /// <param name="id">The test id.</param>
    /// <param name="files">The numbers of the files it ran through.</param>
    /// <returns><see langword="true"/> when the test is recorded.</returns>
    public bool TryGetFiles(string id, out int[] files)
    {
        ArgumentNullException.ThrowIfNull(id);
        var index = Array.BinarySearch(_ids, id, StringComparer.Ordinal);
        if (index >= 0)
        {
            files = _files[index];
            return true;
        }

        if (_under is not null)
        {
            return _under.TryGetFiles(id, out files);
        }

        if (_bytes is not null && FindRead(id) is var found and >= 0)
        {
            files = FilesRead(found);
            return true;
        }

        files = [];
        return false;
    }

    /// <summary>Finds where each of some tests is among these, by a walk of both in the ordinal order of their ids.</summary>
    /// <param name="ids">Test ids in ordinal order.</param>
    /// <returns>For each id, its position among these tests, or -1 when it is not recorded (or these are tests laid over others).</returns>
    public int[] PositionsOf(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var positions = new int[ids.Count];
        Array.Fill(positions, -1);
        if (_under is not null)
        {
            return positions;
        }

        var at = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            var order = 1;
            while (at < Count && (order = CompareAt(at, ids[i])) < 0)
            {
                at++;
            }

            if (at < Count && order == 0)
            {
                positions[i] = at++;
            }
        }

        return positions;
    }

    /// <summary>Returns the files of the test at a position (see <see cref="PositionsOf"/>).</summary>
    /// <param name="position">The test's position among these tests.</param>
    /// <returns>The numbers of the files it ran through.</returns>
    public int[] FilesAt(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, _under is null ? Count : 0);
        return _bytes is not null ? FilesRead(position) : _files[position];
    }

    /// <summary>Returns a test's files (for tests and callers that know the test is recorded).</summary>
    /// <param name="id">The test id.</param>
    /// <returns>The numbers of the files it ran through.</returns>
    /// <exception cref="KeyNotFoundException">The test is not recorded.</exception>
    public int[] FilesOf(string id) => TryGetFiles(id, out var files) ? files : throw new KeyNotFoundException($"No test '{id}' is recorded.");

    /// <summary>Lists the tests that ran through at least one of some files, in ordinal order of their ids.</summary>
    /// <param name="marked">For each file number, whether it is one of the files.</param>
    /// <returns>The ids of those tests.</returns>
    public List<string> ThroughAny(bool[] marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        var ids = new List<string>();
        if (_bytes is not null)
        {
            for (var i = 0; i < Count; i++)
            {
                if (RunsThroughRead(i, marked))
                {
                    ids.Add(IdRead(i));
                }
            }

            return ids;
        }

        ForEach((id, files) =>
        {
            foreach (var file in files)
            {
                if ((uint)file < (uint)marked.Length && marked[file])
                {
                    ids.Add(id);
                    return;
                }
            }
        });
        return ids;
    }

    /// <summary>Tells whether these tests are exactly those of a build, with the same files each.</summary>
    /// <param name="tests">The files each test of the build ran through, by test id (keys compared ordinally).</param>
    /// <returns><see langword="true"/> when they are the same.</returns>
    public bool SameAs(Dictionary<string, int[]> tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        if (tests.Count != Count)
        {
            return false;
        }

        var same = true;
        if (_bytes is not null && tests.Comparer == StringComparer.Ordinal)
        {
            // Each id read is looked up as characters, never made into a string: as many ids on both sides, each found.
            var lookup = tests.GetAlternateLookup<ReadOnlySpan<char>>();
            char[] buffer = [];
            for (var i = 0; i < Count && same; i++)
            {
                var (start, length) = IdBytes(i);
                if (buffer.Length < Encoding.UTF8.GetMaxCharCount(length))
                {
                    buffer = new char[Math.Max(Encoding.UTF8.GetMaxCharCount(length), 256)];
                }

                var written = Encoding.UTF8.GetChars(_bytes.AsSpan(start, length), buffer);
                same = lookup.TryGetValue(buffer.AsSpan(0, written), out var files) && FilesReadEqual(i, files);
            }

            return same;
        }

        ForEach((id, files) => same = same && tests.TryGetValue(id, out var other) && other.AsSpan().SequenceEqual(files));
        return same;
    }

    /// <summary>Writes the tests as a record holds them: their count, then each test in ordinal order of its id.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Count);
        if (_bytes is not null)
        {
            writer.Write(_bytes, _starts![0], _starts[Count] - _starts[0]);
            return;
        }

        if (_under is null)
        {
            for (var i = 0; i < _ids.Length; i++)
            {
                Write(writer, _ids[i], _files[i]);
            }

            return;
        }

        // The followed tests merged into those read, both in ordinal order: a test read and not followed again is copied.
        var over = 0;
        for (var i = 0; i < _under.Count; i++)
        {
            while (over < _ids.Length && _under.CompareAt(i, _ids[over]) > 0)
            {
                Write(writer, _ids[over], _files[over]);
                over++;
            }

            if (over < _ids.Length && _under.CompareAt(i, _ids[over]) == 0)
            {
                Write(writer, _ids[over], _files[over]);
                over++;
            }
            else
            {
                _under.CopyAt(i, writer);
            }
        }

        for (; over < _ids.Length; over++)
        {
            Write(writer, _ids[over], _files[over]);
        }
    }

    /// <summary>Estimates from above how many bytes <see cref="WriteTo"/> writes for ASCII ids.</summary>
    /// <returns>The estimate.</returns>
    public long EstimateSize()
    {
        long size = 4;
        if (_bytes is not null)
        {
            return size + _starts![Count] - _starts[0];
        }

        for (var i = 0; i < _ids.Length; i++)
        {
            size += _ids[i].Length + 8 + (_files[i].Length * 3);
        }

        return size + (_under?.EstimateSize() ?? 0);
    }

    private static void Write(BinaryWriter writer, string id, int[] files)
    {
        writer.Write(id);
        writer.Write7BitEncodedInt(files.Length);
        foreach (var file in files)
        {
            writer.Write7BitEncodedInt(file);
        }
    }

    /// <summary>Reads a 7-bit encoded non-negative number, or returns -1 when it runs past the end or overflows.</summary>
    private static int ReadNumber(byte[] bytes, ref int position, int end)
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (position >= end)
            {
                return -1;
            }

            var b = bytes[position++];
            if (shift == 28 && b > 0x07)
            {
                return -1;
            }

            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        return -1;
    }

    /// <summary>Calls an action with each test's id and files, in ordinal order (ids made into strings).</summary>
    private void ForEach(Action<string, int[]> action)
    {
        if (_bytes is not null)
        {
            for (var i = 0; i < Count; i++)
            {
                action(IdRead(i), FilesRead(i));
            }

            return;
        }

        if (_under is null)
        {
            for (var i = 0; i < _ids.Length; i++)
            {
                action(_ids[i], _files[i]);
            }

            return;
        }

        var merged = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        _under.ForEach((id, files) => merged[id] = files);
        for (var i = 0; i < _ids.Length; i++)
        {
            merged[_ids[i]] = _files[i];
        }

        foreach (var (id, files) in merged)
        {
            action(id, files);
        }
    }

    /// <summary>Compares the id of the test at an index with a string, in ordinal order (tests read or made by a build).</summary>
    private int CompareAt(int index, string other) =>
        _bytes is not null ? CompareRead(index, other) : Math.Sign(string.CompareOrdinal(_ids[index], other));

    /// <summary>Writes the test at an index as <see cref="WriteTo"/> does (tests read or made by a build).</summary>
    private void CopyAt(int index, BinaryWriter writer)
    {
        if (_bytes is not null)
        {
            writer.Write(_bytes, _starts![index], _starts[index + 1] - _starts[index]);
        }
        else
        {
            Write(writer, _ids[index], _files[index]);
        }
    }

    /// <summary>Returns the index of a test among those read, or -1 (a binary search on the ordinal order of the ids).</summary>
    private int FindRead(string id)
    {
        var low = 0;
        var high = Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = CompareRead(middle, id);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    /// <summary>Compares the id of a test read with a string, in ordinal order, without making the id into a string.</summary>
    private int CompareRead(int index, string other)
    {
        var (start, length) = IdBytes(index);
        var bytes = _bytes.AsSpan(start, length);
        var maximum = Encoding.UTF8.GetMaxCharCount(length);
        char[]? rented = null;
        Span<char> chars = maximum <= StackIdLength ? stackalloc char[StackIdLength] : (rented = ArrayPool<char>.Shared.Rent(maximum));
        try
        {
            var written = Encoding.UTF8.GetChars(bytes, chars);
            return Math.Sign(((ReadOnlySpan<char>)chars[..written]).SequenceCompareTo(other.AsSpan()));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private (int Start, int Length) IdBytes(int index)
    {
        var position = _starts![index];
        var length = ReadNumber(_bytes!, ref position, _starts[index + 1]);
        return (position, length);
    }

    private string IdRead(int index)
    {
        var (start, length) = IdBytes(index);
        return Encoding.UTF8.GetString(_bytes!, start, length);
    }

    /// <summary>Returns where the file numbers of a test read begin, where its bytes end, and how many numbers there are.</summary>
    private (int Position, int End, int Count) FilesStart(int index)
    {
        var (start, length) = IdBytes(index);
        var position = start + length;
        var end = _starts![index + 1];
        var count = ReadNumber(_bytes!, ref position, end);
        return (position, end, count);
    }

    private int[] FilesRead(int index)
    {
        var (position, end, count) = FilesStart(index);
        var files = new int[count];
        for (var i = 0; i < files.Length; i++)
        {
            files[i] = ReadNumber(_bytes!, ref position, end);
        }

        return files;
    }

    private bool FilesReadEqual(int index, int[] files)
    {
        var (position, end, count) = FilesStart(index);
        if (count != files.Length)
        {
            return false;
        }

        foreach (var file in files)
        {
            if (ReadNumber(_bytes!, ref position, end) != file)
            {
                return false;
            }
        }

        return true;
    }

    private bool RunsThroughRead(int index, bool[] marked)
    {
        var (position, end, count) = FilesStart(index);
        for (var i = 0; i < count; i++)
        {
            var file = ReadNumber(_bytes!, ref position, end);
            if ((uint)file < (uint)marked.Length && marked[file])
            {
                return true;
            }
        }

        return false;
    }
}
