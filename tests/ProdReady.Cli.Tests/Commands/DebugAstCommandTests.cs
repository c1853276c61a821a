using System.Text.Json;
using ProdReady.Testing;

namespace ProdReady.Cli.Tests.Commands;

public sealed class DebugAstCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("prodready-ast-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Prints_one_record_per_file_in_the_reference_order()
    {
        Write("pkg/b.py", "x = 1\n");
        Write("pkg/a.py", "import os\n");
        Write("pkg/sub/z.py", "pass\n");
        Write("pkg/sub2/y.py", "pass\n");
        Write("pkg/c.py", "def f(:\n");
        Write("pkg/notes.txt", "not python\n");
        Write("pkg/m.pyc", "not python either\n");
        Write("pkg/A.py", "y = 2\n");

        var result = await CliRunner.RunAsync(_root, "debug", "ast", "--jsonl", "pkg");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Empty(result.Error);
        var records = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["A.py", "a.py", "b.py", "c.py", "sub/z.py", "sub2/y.py"], records.Select(r => r.GetProperty("path").GetString()));
        Assert.Equal("Module", records[1].GetProperty("ast").GetProperty("_type").GetString());
        var error = records[3].GetProperty("error");
        Assert.Equal("SyntaxError", error.GetProperty("type").GetString());
        Assert.Equal(1, error.GetProperty("lineno").GetInt32());
        Assert.True(error.GetProperty("col").GetInt32() >= 1);
    }

    [Fact]
    public async Task Prints_the_canonical_tree_of_a_file_as_given()
    {
        Write("m.py", "x = -1\n");
        var result = await CliRunner.RunAsync(_root, "debug", "ast", "--jsonl", "m.py");
        Golden.Match(result.ToGolden(_root), "../Golden/debug-ast-jsonl.snap");
    }

    [Fact]
    public async Task Prints_an_indented_form_without_jsonl()
    {
        Write("m.py", "print('é', 2)\n");
        var result = await CliRunner.RunAsync(_root, "debug", "ast", "m.py");
        Golden.Match(result.ToGolden(_root), "../Golden/debug-ast-indented.snap");

        var jsonl = await CliRunner.RunAsync(_root, "debug", "ast", "--jsonl", "m.py");
        using var indented = JsonDocument.Parse(result.Output);
        using var compact = JsonDocument.Parse(jsonl.Output);
        Assert.True(JsonElement.DeepEquals(indented.RootElement, compact.RootElement));
    }

    [Fact]
    public async Task Reports_undecodable_files_as_error_records()
    {
        File.WriteAllBytes(Path.Combine(_root, "latin.py"), [.. "s = 'caf"u8, 0xE9, .. "'\n"u8]);
        File.WriteAllBytes(Path.Combine(_root, "unknown.py"), "# coding: nonsense\nx = 1\n"u8.ToArray());
        var result = await CliRunner.RunAsync(_root, "debug", "ast", "--jsonl", ".");
        Golden.Match(result.ToGolden(_root), "../Golden/debug-ast-undecodable.snap");
    }

    [Fact]
    public async Task Keeps_file_order_when_parsing_many_files_in_parallel()
    {
        for (var i = 0; i < 100; i++)
        {
            Write($"many/f{i:D3}.py", $"x{i} = {i}\n");
        }

        var result = await CliRunner.RunAsync(_root, "debug", "ast", "--jsonl", "many");
        var paths = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("path").GetString());
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"f{i:D3}.py"), paths);
    }

    [Fact]
    public async Task Reports_a_missing_path_as_usage_error()
    {
        var result = await CliRunner.RunAsync(_root, "debug", "ast", "missing");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("no such file or directory: missing", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Requires_a_path()
    {
        var result = await CliRunner.RunAsync(_root, "debug", "ast");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
