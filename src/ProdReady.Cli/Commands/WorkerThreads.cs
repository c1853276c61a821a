namespace ProdReady.Cli.Commands;

/// <summary>
/// Runs work on dedicated threads with large stacks: parsing deeply nested source recurses, and a
/// thread-pool thread's default stack is smaller than the main thread's.
/// </summary>
internal static class WorkerThreads
{
    /// <summary>The stack reserved for each worker (address space only; pages are committed on use).</summary>
    public const int StackSize = 256 * 1024 * 1024;

    /// <summary>Runs <paramref name="body"/> on <paramref name="count"/> threads and waits for all of them.</summary>
    /// <param name="count">The number of threads (at least 1).</param>
    /// <param name="body">The work each thread runs; it takes its items from shared state.</param>
    /// <exception cref="AggregateException">A worker failed; carries every failure.</exception>
    public static void Run(int count, Action body)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var failures = new List<Exception>();
        var threads = new Thread[count];
        for (var i = 0; i < count; i++)
        {
            threads[i] = new Thread(
                () =>
                {
                    try
                    {
                        body();
                    }
#pragma warning disable CA1031 // A worker's failure is collected and rethrown on the calling thread.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        lock (failures)
                        {
                            failures.Add(e);
                        }
                    }
                },
                StackSize)
            {
                IsBackground = true,
                Name = $"prodready-worker-{i}",
            };
            threads[i].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        if (failures.Count > 0)
        {
            throw new AggregateException(failures);
        }
    }

    /// <summary>
    /// Computes <paramref name="work"/> for items <c>0..count-1</c> on <paramref name="threads"/> threads and
    /// hands the results to <paramref name="sink"/> in item order, holding at most one batch of results.
    /// </summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="count">The number of items.</param>
    /// <param name="threads">The number of threads.</param>
    /// <param name="work">Computes one item's result (called concurrently).</param>
    /// <param name="sink">Receives results in order (called on the calling thread).</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    public static void MapOrdered<T>(int count, int threads, Func<int, T> work, Action<T> sink, CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(1, threads * 8);
        var results = new T[batchSize];
        for (var batchStart = 0; batchStart < count; batchStart += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batchCount = Math.Min(batchSize, count - batchStart);
            var next = -1;
            Run(Math.Min(threads, batchCount), () =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < batchCount)
                {
                    results[index] = work(batchStart + index);
                }
            });
            for (var i = 0; i < batchCount; i++)
            {
                sink(results[i]);
                results[i] = default!;
            }
        }
    }
}
