using ProdReady.Core.Collections;

namespace ProdReady.Core.Tests.Collections;

public sealed class SortedKeysTests
{
    public static TheoryData<string> Shapes => ["empty", "one", "sorted", "reversed", "equal", "runs", "random", "sawtooth"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Sorts_long_keys_like_the_runtime(string shape)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var keys = Make(shape, seed);
            var expected = (long[])keys.Clone();
            Array.Sort(expected);

            SortedKeys.Sort(keys);

            Assert.Equal(expected, keys);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Sorts_int_keys_like_the_runtime(string shape)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var keys = Make(shape, seed).Select(k => (int)(k % 100_000)).ToArray();
            var expected = (int[])keys.Clone();
            Array.Sort(expected);

            SortedKeys.Sort(keys);

            Assert.Equal(expected, keys);
        }
    }

    [Fact]
    public void Sorts_keys_at_the_extremes_of_their_range()
    {
        long[] keys = [long.MaxValue, 0, long.MinValue, -1, long.MaxValue, long.MinValue];

        SortedKeys.Sort(keys);

        Assert.Equal([long.MinValue, long.MinValue, -1, 0, long.MaxValue, long.MaxValue], keys);
    }

    [Fact]
    public void Lower_bound_is_the_first_key_not_less_than_the_value()
    {
        long[] keys = [2, 4, 4, 4, 9];

        Assert.Equal(0, SortedKeys.LowerBound(keys, long.MinValue));
        Assert.Equal(0, SortedKeys.LowerBound(keys, 2));
        Assert.Equal(1, SortedKeys.LowerBound(keys, 3));
        Assert.Equal(1, SortedKeys.LowerBound(keys, 4));
        Assert.Equal(4, SortedKeys.LowerBound(keys, 5));
        Assert.Equal(5, SortedKeys.LowerBound(keys, 10));
        Assert.Equal(0, SortedKeys.LowerBound([], 1));
    }

    [Fact]
    public void Upper_bound_counts_the_keys_not_greater_than_the_value()
    {
        int[] keys = [0, 3, 3, 7];

        Assert.Equal(0, SortedKeys.UpperBound(keys, -1));
        Assert.Equal(1, SortedKeys.UpperBound(keys, 0));
        Assert.Equal(1, SortedKeys.UpperBound(keys, 2));
        Assert.Equal(3, SortedKeys.UpperBound(keys, 3));
        Assert.Equal(4, SortedKeys.UpperBound(keys, 7));
        Assert.Equal(4, SortedKeys.UpperBound(keys, int.MaxValue));
        Assert.Equal(0, SortedKeys.UpperBound([], 1));
    }

    [Fact]
    public void Bounds_agree_with_the_runtime_search_on_random_keys()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var keys = Enumerable.Range(0, random.Next(0, 60)).Select(_ => (long)random.Next(-20, 20)).Order().ToArray();
            var value = (long)random.Next(-25, 25);
            var expectedLower = keys.Count(k => k < value);
            var expectedUpper = keys.Count(k => k <= value);

            Assert.Equal(expectedLower, SortedKeys.LowerBound(keys, value));
            Assert.Equal(expectedUpper, SortedKeys.UpperBound(keys.Select(k => (int)k).ToArray(), (int)value));
        }
    }

    private static long[] Make(string shape, int seed)
    {
        var random = new Random(seed);
        var length = random.Next(2, 400);
        return shape switch
        {
            "empty" => [],
            "one" => [random.NextInt64()],
            "sorted" => Enumerable.Range(0, length).Select(i => (long)i * 3).ToArray(),
            "reversed" => Enumerable.Range(0, length).Select(i => (long)(length - i)).ToArray(),
            "equal" => Enumerable.Repeat(5L, length).ToArray(),
            "runs" => Enumerable.Range(0, random.Next(1, 8))
                .SelectMany(_ => Enumerable.Range(0, random.Next(0, 60)).Select(i => (long)random.Next(0, 50) + i * 50).Order())
                .ToArray(),
            "sawtooth" => Enumerable.Range(0, length).Select(i => (long)(i % 7)).ToArray(),
            _ => Enumerable.Range(0, length).Select(_ => random.NextInt64(-1_000_000, 1_000_000)).ToArray(),
        };
    }
}
