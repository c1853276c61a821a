namespace ProdReady.Core.Collections;

/// <summary>
/// Searches and sorts arrays of integer keys without the runtime's shared sort helpers. <c>Array.BinarySearch</c> and
/// <c>Array.Sort</c> on <c>int</c> and <c>long</c> go through a helper class the runtime instantiates by reflection, which
/// ahead-of-time compilation cannot see: in a precompiled build those methods are compiled at run time, and the hottest
/// lookups of the analysis (a name's reference, an offset's line) ran in their unoptimized first-tier code. These plain
/// loops are compiled ahead of time with the code that calls them.
/// </summary>
public static class SortedKeys
{
    /// <summary>Returns the index of the first key not less than <paramref name="value"/> (the length when none is).</summary>
    /// <param name="sorted">Keys in ascending order.</param>
    /// <param name="value">The key searched for.</param>
    /// <returns>The lower bound of <paramref name="value"/>.</returns>
    public static int LowerBound(ReadOnlySpan<long> sorted, long value)
    {
        var low = 0;
        var high = sorted.Length;
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Returns how many keys are less than or equal to <paramref name="value"/> (the index of the first greater key).</summary>
    /// <param name="sorted">Keys in ascending order.</param>
    /// <param name="value">The key searched for.</param>
    /// <returns>The upper bound of <paramref name="value"/>.</returns>
    public static int UpperBound(ReadOnlySpan<int> sorted, int value)
    {
        var low = 0;
        var high = sorted.Length;
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (sorted[middle] <= value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// Sorts keys in ascending order: a merge sort of the ascending runs the keys already hold, so that keys made in
    /// a few ordered passes (a file's references: the module, then each deferred function body) sort in close to one
    /// pass, and no input costs more than O(n log n). Instantiated over <c>int</c> and <c>long</c> in the callers'
    /// own code, it is compiled ahead of time with them.
    /// </summary>
    /// <typeparam name="T">The key type.</typeparam>
    /// <param name="keys">The keys to sort, in place.</param>
    public static void Sort<T>(Span<T> keys)
        where T : struct, IComparable<T>
    {
        if (RunEnd<T>(keys, 0) >= keys.Length)
        {
            return;
        }

        var buffer = new T[keys.Length];
        var source = keys;
        Span<T> target = buffer;
        var inBuffer = false;
        while (true)
        {
            var runs = 0;
            var start = 0;
            while (start < source.Length)
            {
                var middle = RunEnd<T>(source, start);
                var end = middle == source.Length ? middle : RunEnd<T>(source, middle);
                Merge<T>(source[start..middle], source[middle..end], target[start..end]);
                runs++;
                start = end;
            }

            var swap = source;
            source = target;
            target = swap;
            inBuffer = !inBuffer;
            if (runs <= 1)
            {
                break;
            }
        }

        if (inBuffer)
        {
            source.CopyTo(keys);
        }
    }

    /// <summary>Returns the end of the ascending run that starts at <paramref name="start"/> (the length for an empty span).</summary>
    private static int RunEnd<T>(ReadOnlySpan<T> keys, int start)
        where T : struct, IComparable<T>
    {
        if (start >= keys.Length)
        {
            return keys.Length;
        }

        var end = start + 1;
        while (end < keys.Length && keys[end].CompareTo(keys[end - 1]) >= 0)
        {
            end++;
        }

        return end;
    }

    private static void Merge<T>(ReadOnlySpan<T> left, ReadOnlySpan<T> right, Span<T> target)
        where T : struct, IComparable<T>
    {
        int i = 0, j = 0, k = 0;
        while (i < left.Length && j < right.Length)
        {
            target[k++] = right[j].CompareTo(left[i]) < 0 ? right[j++] : left[i++];
        }

        left[i..].CopyTo(target[k..]);
        right[j..].CopyTo(target[(k + left.Length - i)..]);
    }
}
