using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ProdReady.Testing;

namespace ProdReady.Cli.Tests.Integration;

/// <summary>
/// <c>packaging/build_wheel.py</c> reads the wheel's platform tag from the binary it wraps, as auditwheel does: the
/// newest glibc symbol version the binary needs, and a refusal when it needs a library outside the manylinux set.
/// Small programs compiled with clang (which Native AOT needs anyway) stand in for the AOT binary.
/// </summary>
public sealed partial class WheelTagTests
{
    private static readonly string s_script = Path.GetFullPath(Golden.PathNextToCaller("../../../packaging/build_wheel.py"));

    [Fact]
    public void Tags_the_wheel_with_the_newest_glibc_the_binary_needs()
    {
        using var tree = new TempTree().File("main.c", "int main(void) { return 0; }\n");
        Compile(tree, "main.c", "plain");

        var (exitCode, output, error) = Python(tree, "--binary", tree.Path("plain"), "--out", tree.Path("dist"));

        Assert.True(exitCode == 0, error);
        var wheel = Path.GetFileName(output.Trim());
        var match = WheelName().Match(wheel);
        Assert.True(match.Success, wheel);
        var minor = int.Parse(match.Groups["minor"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var system = SystemGlibcMinor();
        Assert.InRange(minor, 17, system);
        if (system >= 34)
        {
            // Since glibc 2.34 the start-up code of every program calls __libc_start_main@GLIBC_2.34.
            Assert.True(minor >= 34, $"a program linked against glibc 2.{system} needs GLIBC_2.34, but the tag says 2.{minor}");
        }

        using var archive = ZipFile.OpenRead(output.Trim());
        var wheelFile = Read(archive, archive.Entries.Single(e => e.FullName.EndsWith(".dist-info/WHEEL", StringComparison.Ordinal)));
        Assert.Contains($"Tag: py3-none-manylinux_2_{minor}_x86_64\n", wheelFile, StringComparison.Ordinal);
        var record = Read(archive, archive.Entries.Single(e => e.FullName.EndsWith(".dist-info/RECORD", StringComparison.Ordinal)));
        foreach (var line in record.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.EndsWith(",,", StringComparison.Ordinal)))
        {
            var fields = line.Split(',');
            using var stream = archive.GetEntry(fields[0])!.Open();
            var digest = Convert.ToBase64String(SHA256.HashData(stream)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            Assert.Equal("sha256=" + digest, fields[1]);
        }
    }

    [Fact]
    public void Refuses_a_binary_that_needs_a_library_outside_the_manylinux_set()
    {
        using var tree = new TempTree().File("zlib.c", "#include <zlib.h>\nint main(void) { return zlibVersion()[0] == 0; }\n");
        Compile(tree, "zlib.c", "with-zlib", "-lz");

        var (exitCode, _, error) = Python(tree, "--binary", tree.Path("with-zlib"), "--out", tree.Path("dist"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("outside the manylinux set: libz.so.1", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(tree.Path("dist")) && Directory.EnumerateFiles(tree.Path("dist"), "*.whl").Any());
    }

    [Fact]
    public void Refuses_a_file_that_is_not_an_elf_binary()
    {
        using var tree = new TempTree().File("prodready", "#!/bin/sh\necho not a binary\n");

        var (exitCode, _, error) = Python(tree, "--binary", tree.Path("prodready"), "--out", tree.Path("dist"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("not a 64-bit little-endian ELF file", error, StringComparison.Ordinal);
    }

    private static void Compile(TempTree tree, string source, string output, params string[] libraries)
    {
        if (!OperatingSystem.IsLinux() || !System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture.Equals(System.Runtime.InteropServices.Architecture.X64))
        {
            Assert.Skip("the wheel is built for linux-x64 only.");
        }

        (int ExitCode, string Output, string Error) compiled;
        try
        {
            compiled = Run(tree.Root, "clang", [tree.Path(source), "-o", tree.Path(output), .. libraries]);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("clang is not installed (apt-get install clang zlib1g-dev; .ci/run installs them for Native AOT).");
            return;
        }

        if (compiled.ExitCode != 0)
        {
            Assert.Skip($"clang could not build the sample ({compiled.Error.Trim()}); zlib1g-dev may be missing.");
        }
    }

    private static (int ExitCode, string Output, string Error) Python(TempTree tree, params string[] arguments) =>
        Run(tree.Root, "python3", [s_script, .. arguments]);

    private static (int ExitCode, string Output, string Error) Run(string workingDirectory, string command, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.GetAwaiter().GetResult(), error);
    }

    private static int SystemGlibcMinor()
    {
        var (exitCode, output, _) = Run(Path.GetTempPath(), "getconf", ["GNU_LIBC_VERSION"]);
        Assert.Equal(0, exitCode);
        var match = GlibcVersion().Match(output);
        Assert.True(match.Success, output);
        return int.Parse(match.Groups["minor"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Read(ZipArchive archive, ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^prodready-[0-9][^-]*-py3-none-manylinux_2_(?<minor>\d+)_x86_64\.whl$")]
    private static partial Regex WheelName();

    [GeneratedRegex(@"glibc 2\.(?<minor>\d+)")]
    private static partial Regex GlibcVersion();
}
