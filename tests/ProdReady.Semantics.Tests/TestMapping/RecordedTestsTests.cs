using System.Text;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Semantics.Tests.TestMapping;

public sealed class RecordedTestsTests
{
    /// <summary>Ids whose UTF-8 byte order differs from their ordinal (UTF-16) order, and one longer than the stack buffer.</summary>
    private static readonly Dictionary<string, int[]> s_tests = new(StringComparer.Ordinal)
    {
        ["tests/test_b.py::test_one"] = [0, 2],
        ["tests/test_a.py::test_\uFF21"] = [1],
        ["tests/test_a.py::test_\U0001F600"] = [2],
        ["tests/test_a.py::test_é"] = [],
        ["tests/test_c.py::test_" + new string('x', 300)] = [0, 1, 2],
    };

    private static byte[] Bytes(RecordedTests tests)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write((byte)0xAB);
            tests.WriteTo(writer);
            writer.Write((byte)0xCD);
        }

        return stream.ToArray();
    }

    private static RecordedTests ReadBack(RecordedTests tests, int fileCount = 3)
    {
        var bytes = Bytes(tests);
        var offset = 1;
        var read = RecordedTests.Read(bytes, ref offset, bytes.Length, fileCount);
        Assert.NotNull(read);
        Assert.Equal(bytes.Length - 1, offset);
        return read;
    }

    [Fact]
    public void Tests_read_back_answer_as_the_tests_written_in_ordinal_order()
    {
        var made = RecordedTests.From(s_tests);

        var read = ReadBack(made);

        var ordered = s_tests.Keys.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(ordered, made.Ids);
        Assert.Equal(ordered, read.Ids);
        Assert.Equal(s_tests.Count, read.Count);
        foreach (var (id, files) in s_tests)
        {
            Assert.True(read.TryGetFiles(id, out var found), id);
            Assert.Equal(files, found);
        }

        Assert.False(read.TryGetFiles("tests/test_a.py::test_missing", out var none));
        Assert.Empty(none);
        Assert.Throws<KeyNotFoundException>(() => read.FilesOf("tests/test_z.py::test_missing"));
        Assert.Equal(Bytes(made), Bytes(read));
    }

    [Fact]
    public void The_tests_through_some_files_are_listed_in_order_from_either_form()
    {
        var marked = new[] { false, true, false };
        var expected = new[] { "tests/test_a.py::test_\uFF21", "tests/test_c.py::test_" + new string('x', 300) };

        Assert.Equal(expected, RecordedTests.From(s_tests).ThroughAny(marked));
        Assert.Equal(expected, ReadBack(RecordedTests.From(s_tests)).ThroughAny(marked));
        Assert.Empty(ReadBack(RecordedTests.From(s_tests)).ThroughAny([false, false, false]));
    }

    [Fact]
    public void Tests_read_are_the_same_as_a_build_with_the_same_lists_and_no_other()
    {
        var read = ReadBack(RecordedTests.From(s_tests));

        Assert.True(read.SameAs(new Dictionary<string, int[]>(s_tests, StringComparer.Ordinal)));
        var otherFiles = new Dictionary<string, int[]>(s_tests, StringComparer.Ordinal) { ["tests/test_b.py::test_one"] = [0, 1] };
        Assert.False(read.SameAs(otherFiles));
        var otherTest = new Dictionary<string, int[]>(s_tests, StringComparer.Ordinal);
        otherTest.Remove("tests/test_b.py::test_one");
        otherTest["tests/test_b.py::test_two"] = [0, 2];
        Assert.False(read.SameAs(otherTest));
        var fewer = new Dictionary<string, int[]>(s_tests, StringComparer.Ordinal);
        fewer.Remove("tests/test_a.py::test_é");
        Assert.False(read.SameAs(fewer));
        Assert.False(RecordedTests.From(s_tests).SameAs(otherFiles));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Tests_laid_over_those_read_are_written_as_the_whole_list_would_be(int seed)
    {
        var random = new Random(seed);
        var alphabet = new[] { "a", "b", "é", "\uFF21", "\U0001F600", "::", "_" };
        string Id() => "tests/t.py::" + string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => alphabet[random.Next(alphabet.Length)]));
        int[] Files() => [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(5)).Order()];
        var recorded = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var i = 0; i < 60; i++)
        {
            recorded[Id()] = Files();
        }

        var followed = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var id in recorded.Keys.Where(_ => random.Next(4) == 0))
        {
            followed[id] = Files();
        }

        for (var i = 0; i < 10; i++)
        {
            followed[Id()] = Files();
        }

        var whole = new Dictionary<string, int[]>(recorded, StringComparer.Ordinal);
        foreach (var (id, files) in followed)
        {
            whole[id] = files;
        }

        var renewed = ReadBack(RecordedTests.From(recorded), 5).With(followed);

        Assert.Equal(whole.Count, renewed.Count);
        Assert.Equal(Bytes(RecordedTests.From(whole)), Bytes(renewed));
        Assert.Equal(whole.Keys.Order(StringComparer.Ordinal), renewed.Ids);
        Assert.True(renewed.SameAs(whole));
        Assert.Equal(Bytes(RecordedTests.From(whole)), Bytes(renewed.With(new Dictionary<string, int[]> { [whole.Keys.First()] = whole[whole.Keys.First()] })));
    }

    [Fact]
    public void Tests_laid_over_with_nothing_followed_are_the_tests_read()
    {
        var read = ReadBack(RecordedTests.From(s_tests));

        Assert.Same(read, read.With(new Dictionary<string, int[]>()));
    }

    [Fact]
    public void Damaged_tests_are_not_read()
    {
        var bytes = Bytes(RecordedTests.From(s_tests));

        var offset = 1;
        Assert.Null(RecordedTests.Read(bytes, ref offset, bytes.Length - 10, 3));
        offset = 1;
        Assert.Null(RecordedTests.Read(bytes, ref offset, bytes.Length, 2));
        var huge = (byte[])bytes.Clone();
        BitConverter.GetBytes(int.MaxValue).CopyTo(huge, 1);
        offset = 1;
        Assert.Null(RecordedTests.Read(huge, ref offset, huge.Length, 3));
        var negative = (byte[])bytes.Clone();
        BitConverter.GetBytes(-1).CopyTo(negative, 1);
        offset = 1;
        Assert.Null(RecordedTests.Read(negative, ref offset, negative.Length, 3));
        offset = 1;
        Assert.Null(RecordedTests.Read([0xAB, 1, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F], ref offset, 11, 3));
    }
    [Fact]
    public void A_module_s_ids_are_found_in_every_form_of_the_tests()
    {
        var made = RecordedTests.From(s_tests);
        var read = ReadBack(made);
        var laid = read.With(new Dictionary<string, int[]>(StringComparer.Ordinal) { ["tests/test_a.py::test_new"] = [0] });
        string[] expected = [.. s_tests.Keys.Where(k => k.StartsWith("tests/test_a.py::", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

        Assert.Equal(3, expected.Length);
        Assert.Equal(expected, made.IdsOfModule("tests/test_a.py"));
        Assert.Equal(expected, read.IdsOfModule("tests/test_a.py"));
        Assert.Equal([.. expected.Append("tests/test_a.py::test_new").Order(StringComparer.Ordinal)], laid.IdsOfModule("tests/test_a.py"));
        Assert.Equal(["tests/test_b.py::test_one"], read.IdsOfModule("tests/test_b.py"));
        Assert.Empty(read.IdsOfModule("tests/test"));
        Assert.Empty(read.IdsOfModule("tests/test_z.py"));
        Assert.Empty(RecordedTests.Empty.IdsOfModule("tests/test_a.py"));
    }
}
