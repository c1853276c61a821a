using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Units;
using ProdReady.Core.Diagnostics;
using ProdReady.Core.Text;
using ProdReady.Python;

namespace ProdReady.Analysis.Baseline;

/// <summary>
/// Computes the baseline key of findings: the unit's qualified name and the hash of the normalized source line. The units
/// of a file the rule engine analysed come from the engine's own walk; each file with findings is read once for its
/// lines, and only a Python file the engine did not analyse (an external tool's finding elsewhere) is parsed here.
/// </summary>
public sealed class FindingFingerprinter
{
    private readonly string _root;
    private readonly Func<string, SourceFile?> _source;
    private readonly Func<string, UnitMap?> _units;
    private readonly Dictionary<string, (UnitMap Units, LineIndex? Lines, string Text)> _files = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="FindingFingerprinter"/> class.</summary>
    /// <param name="root">The checked root that finding paths are relative to.</param>
    /// <param name="source">The content the run analysed for a path (the index in a staged check), or <see langword="null"/> to read the file from disk.</param>
    /// <param name="units">The units the engine recorded for a path, or <see langword="null"/> (or a function giving <see langword="null"/>) to parse the file.</param>
    public FindingFingerprinter(string root, Func<string, SourceFile?>? source = null, Func<string, UnitMap?>? units = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        _root = root;
        _source = source ?? (_ => null);
        _units = units ?? (_ => null);
    }

    /// <summary>Returns the baseline entry a finding would have.</summary>
    /// <param name="diagnostic">The finding.</param>
    /// <returns>Its entry.</returns>
    public BaselineEntry Fingerprint(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (diagnostic.Location is not { } location)
        {
            return new BaselineEntry(diagnostic.Code, string.Empty, string.Empty, Hash(diagnostic.Message), diagnostic.Message);
        }

        var (units, lines, text) = Load(location.Path);
        var line = lines is not null && location.Line >= 1 && location.Line <= lines.LineCount
            ? text.AsSpan(lines.GetLineSpan(location.Line).Start, lines.GetLineSpan(location.Line).Length)
            : [];
        return new BaselineEntry(diagnostic.Code, location.Path, units.Find(location.Line).QualifiedName, Hash(line), diagnostic.Message);
    }

    /// <summary>Hashes a line with its whitespace normalized: trimmed, and every run of spaces or tabs inside made one space.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The first 16 lower-case hex digits of the SHA-256 of the normalized line in UTF-8.</returns>
    public static string Hash(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Hash(line.AsSpan());
    }

    /// <summary>Hashes a line with its whitespace normalized, without copying it into a string first.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The first 16 lower-case hex digits of the SHA-256 of the normalized line in UTF-8.</returns>
    public static string Hash(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        var rentedChars = line.Length > 512 ? ArrayPool<char>.Shared.Rent(line.Length) : null;
        var normalized = rentedChars is null ? stackalloc char[line.Length] : rentedChars.AsSpan(0, line.Length);
        var length = 0;
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                normalized[length++] = ' ';
                space = false;
            }

            normalized[length++] = c;
        }

        var maxBytes = Encoding.UTF8.GetMaxByteCount(length);
        var rentedBytes = maxBytes > 1536 ? ArrayPool<byte>.Shared.Rent(maxBytes) : null;
        var bytes = rentedBytes is null ? stackalloc byte[maxBytes] : rentedBytes.AsSpan(0, maxBytes);
        var written = Encoding.UTF8.GetBytes(normalized[..length], bytes);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..written], digest);
        if (rentedChars is not null)
        {
            ArrayPool<char>.Shared.Return(rentedChars);
        }

        if (rentedBytes is not null)
        {
            ArrayPool<byte>.Shared.Return(rentedBytes);
        }

        return Convert.ToHexStringLower(digest[..8]);
    }

    private (UnitMap Units, LineIndex? Lines, string Text) Load(string path)
    {
        if (_files.TryGetValue(path, out var cached))
        {
            return cached;
        }

        var loaded = (UnitMap.Empty, (LineIndex?)null, string.Empty);
        try
        {
            var full = Path.GetFullPath(path, _root);
            var isPython = path.EndsWith(".py", StringComparison.Ordinal) || path.EndsWith(".pyi", StringComparison.Ordinal);
            SourceText? text = null;
            if (_source(path) is { } analysed)
            {
                (text, _) = analysed.Load();
            }
            else if (isPython && File.Exists(full))
            {
                (text, _) = SourceFile.FromDisk(path, full).Load();
            }
            else if (File.Exists(full))
            {
                text = new SourceText(File.ReadAllText(full), path);
            }

            if (text is not null)
            {
                var units = !isPython ? UnitMap.Empty : _units(path) ?? UnitMap.Build(PythonParser.Parse(text));
                loaded = (units, text.Lines, text.Text);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file that cannot be read has no units or lines: its findings match on rule, path and message alone.
        }

        _files[path] = loaded;
        return loaded;
    }
}
