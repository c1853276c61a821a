using System.Diagnostics;
using System.Globalization;
using ProdReady.Python;
using ProdReady.Python.Text;

namespace ProdReady.Benchmarks;

/// <summary>
/// Parses a corpus over and over, one file after another, and prints the live heap (after a full
/// collection) and the peak working set after 1, 5 and 10 passes: a front end that retains nothing
/// between files shows a flat line. Run: <c>dotnet run -c Release --project benchmarks/ProdReady.Benchmarks -- memory FOLDER</c>.
/// </summary>
internal static class MemoryProbe
{
    public static int Run(string folder, TextWriter output)
    {
        var files = Directory.EnumerateFiles(folder, "*.py", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".py", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} files; live heap before: {Megabytes(GC.GetTotalMemory(forceFullCollection: true))}"));
        var clock = Stopwatch.StartNew();
        for (var pass = 1; pass <= 10; pass++)
        {
            foreach (var path in files)
            {
                // Read, decode and parse each file in turn, as a gate does; nothing is kept.
                var decoded = PythonSourceDecoder.Decode(File.ReadAllBytes(path));
                if (decoded.Text is not null)
                {
                    GC.KeepAlive(PythonParser.Parse(decoded.Text));
                }
            }

            if (pass is 1 or 5 or 10)
            {
                using var process = Process.GetCurrentProcess();
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"after {pass,2} passes: live heap {Megabytes(GC.GetTotalMemory(forceFullCollection: true))}, peak working set {Megabytes(process.PeakWorkingSet64)}, {clock.Elapsed.TotalSeconds / pass:F2} s per pass"));
            }
        }

        return 0;
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):F1} MB");
}
