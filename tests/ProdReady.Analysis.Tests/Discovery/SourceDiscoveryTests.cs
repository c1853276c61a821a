using System.Text;
using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Discovery;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Discovery;

public sealed class SourceDiscoveryTests
{
    private static DiscoveryResult Discover(TempTree tree, ProdReadyConfiguration? configuration = null, IEnumerable<string>? candidates = null) =>
        SourceDiscovery.Discover(tree.Root, configuration ?? new ProdReadyConfiguration(tree.Root), candidates);

    private static string[] Paths(DiscoveryResult result) => result.Files.Select(file => file.Path).ToArray();

    [Fact]
    public void Finds_python_files_by_extension_sorted_ordinally()
    {
        using var tree = new TempTree()
            .File("b.py")
            .File("a/z.py")
            .File("a/B.py")
            .File("stubs/types.pyi")
            .File("README.md", "# readme\n")
            .File("setup.cfg", "[x]\n")
            .File("data.pyc", "x")
            .File(".py", "x = 1\n");

        var result = Discover(tree);

        Assert.Equal(["a/B.py", "a/z.py", "b.py", "stubs/types.pyi"], Paths(result));
        Assert.Empty(result.Skipped);
        var file = result.Files[0];
        Assert.Equal(tree.Path("a/B.py"), file.FullPath.Replace('/', System.IO.Path.DirectorySeparatorChar));
        Assert.Equal(6, file.Length);
    }

    [Fact]
    public void Lists_python_paths_under_the_same_exclusions_without_reading_them()
    {
        using var tree = new TempTree()
            .File("pkg/__init__.py", string.Empty)
            .File("pkg/mod.py")
            .File("pkg/stub.pyi")
            .File("build/generated.py")
            .Bytes("pkg/binary.py", [0x00, 0x01])
            .File("script", "#!/usr/bin/env python3\nx = 1\n");

        var paths = SourceDiscovery.ListPythonPaths(tree.Root, new ProdReadyConfiguration(tree.Root), TestContext.Current.CancellationToken);

        Assert.Equal(["pkg/__init__.py", "pkg/binary.py", "pkg/mod.py", "pkg/stub.pyi"], paths);
    }

    [Fact]
    public void Listing_the_python_paths_stops_when_cancelled()
    {
        using var tree = new TempTree().File("pkg/__init__.py", string.Empty).File("pkg/mod.py");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => SourceDiscovery.ListPythonPaths(tree.Root, new ProdReadyConfiguration(tree.Root), cancel.Token));
    }

    [Fact]
    public void Layout_paths_keep_the_python_files_discovery_skips_and_match_the_listing_of_paths()
    {
        using var tree = new TempTree()
            .File("pkg/__init__.py", string.Empty)
            .File("pkg/mod.py")
            .File("pkg/stub.pyi")
            .Bytes("pkg/binary.py", [0x00, 0x01])
            .Bytes("pkg/latin.py", [.. "x = '"u8, 0xFF, .. "'\n"u8])
            .File("script", "#!/usr/bin/env python3\nx = 1\n");
        var configuration = new ProdReadyConfiguration(tree.Root);

        var result = SourceDiscovery.Discover(tree.Root, configuration);
        var paths = SourceDiscovery.LayoutPaths(result);

        Assert.DoesNotContain("pkg/binary.py", Paths(result));
        Assert.DoesNotContain("pkg/latin.py", Paths(result));
        Assert.Equal(["pkg/__init__.py", "pkg/binary.py", "pkg/latin.py", "pkg/mod.py", "pkg/stub.pyi", "script"], paths);
        Assert.Equal(SourceDiscovery.ListPythonPaths(tree.Root, configuration, TestContext.Current.CancellationToken), paths.Where(p => p != "script"));
    }

    [Fact]
    public void Checks_content_from_elsewhere_as_it_checks_files_on_disk()
    {
        var configuration = new ProdReadyConfiguration(Path.GetTempPath()) { MaxFileSize = 64 };

        Assert.Null(SourceDiscovery.CheckContent("a.py", "x = 1\n"u8, configuration));
        Assert.Null(SourceDiscovery.CheckContent("latin.py", [.. "# coding: latin-1\nx = '"u8, 0xE9, .. "'\n"u8], configuration));
        Assert.Equal(SkipReason.Binary, SourceDiscovery.CheckContent("b.py", [.. "x"u8, 0, .. "\n"u8], configuration)?.Reason);
        Assert.Equal(SkipReason.Undecodable, SourceDiscovery.CheckContent("c.py", [.. "x = '"u8, 0xFF, .. "'\n"u8], configuration)?.Reason);
        var large = SourceDiscovery.CheckContent("d.py", new byte[65], configuration);
        Assert.Equal(SkipReason.TooLarge, large?.Reason);
        Assert.Equal("d.py", large?.Path);
    }

    [Theory]
    [InlineData("#!/usr/bin/env python3\nprint(1)\n", true)]
    [InlineData("#!/usr/bin/python\n", true)]
    [InlineData("#!/usr/bin/python3.13\n", true)]
    [InlineData("#!/usr/local/bin/python3.13t -X dev\n", true)]
    [InlineData("#! /usr/bin/env python\n", true)]
    [InlineData("#!/usr/bin/env -S python3 -u\n", true)]
    [InlineData("#!/usr/bin/env -u HOME PYTHONPATH=. python3\n", true)]
    [InlineData("#!/usr/bin/env pypy3\n", true)]
    [InlineData("#!python\r\nx = 1\r\n", true)]
    [InlineData("#!/bin/sh\necho python\n", false)]
    [InlineData("#!/usr/bin/env bash\n", false)]
    [InlineData("#!/usr/bin/env pythonista\n", false)]
    [InlineData("#!/usr/bin/env\n", false)]
    [InlineData("#!\n", false)]
    [InlineData("# python\n", false)]
    [InlineData("", false)]
    public void Finds_extensionless_files_by_python_shebang(string content, bool expected)
    {
        using var tree = new TempTree().File("bin/tool", content).File("bin/tool.sh", "#!/usr/bin/env python3\n");

        var result = Discover(tree);

        Assert.Equal(expected ? ["bin/tool"] : [], Paths(result));
    }

    [Fact]
    public void Skips_binary_files_with_a_note()
    {
        using var tree = new TempTree().Bytes("blob.py", [(byte)'x', 0, (byte)'y']).File("ok.py");

        var result = Discover(tree);

        Assert.Equal(["ok.py"], Paths(result));
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(new SkippedFile("blob.py", SkipReason.Binary, "binary file (NUL byte in the first 8 KiB)"), skipped);
    }

    [Fact]
    public void Nul_byte_after_the_first_8_KiB_is_left_to_the_front_end()
    {
        var content = Encoding.ASCII.GetBytes(new string('#', SourceDiscovery.SniffLength) + "\0");
        using var tree = new TempTree().Bytes("late.py", content);

        Assert.Equal(["late.py"], Paths(Discover(tree)));
    }

    [Fact]
    public void Skips_oversized_files_with_a_note()
    {
        using var tree = new TempTree()
            .File("big.py", "x = 1\n" + new string('#', 200))
            .File("small.py", "x = 1\n")
            .File("bin/big-tool", "#!/usr/bin/env python3\n" + new string('#', 200))
            .File("bin/big-shell", "#!/bin/sh\n" + new string('#', 200));
        var configuration = new ProdReadyConfiguration(tree.Root) { MaxFileSize = 100 };

        var result = Discover(tree, configuration);

        Assert.Equal(["small.py"], Paths(result));
        Assert.Equal(
            [
                new SkippedFile("big.py", SkipReason.TooLarge, "larger than max-file-size (206 bytes > 100)"),
                new SkippedFile("bin/big-tool", SkipReason.TooLarge, "larger than max-file-size (223 bytes > 100)"),
            ],
            result.Skipped);
    }

    [Fact]
    public void Default_size_limit_is_one_mebibyte()
    {
        using var tree = new TempTree()
            .File("at-limit.py", new string('#', 1024 * 1024))
            .File("over-limit.py", new string('#', (1024 * 1024) + 1));

        var result = Discover(tree);

        Assert.Equal(["at-limit.py"], Paths(result));
        Assert.Equal("over-limit.py", Assert.Single(result.Skipped).Path);
    }

    [Fact]
    public void Skips_undecodable_files_unless_a_coding_is_declared()
    {
        byte[] latin1 = [.. "x = '"u8, 0xE9, .. "'\n"u8];
        using var tree = new TempTree()
            .Bytes("bad.py", latin1)
            .Bytes("declared.py", [.. "# -*- coding: latin-1 -*-\n"u8, .. latin1])
            .Bytes("declared-line2.py", [.. "#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\n"u8, .. latin1])
            .Bytes("utf8-declared.py", [.. "# coding: utf-8\n"u8, .. latin1])
            .Bytes("cookie-after-code.py", [.. "x = 1\n# coding: latin-1\n"u8, .. latin1])
            .Bytes("bom.py", [0xEF, 0xBB, 0xBF, .. "x = 'é'\n"u8])
            .File("utf8.py", "x = 'é ✓ 𝄞'\n");

        var result = Discover(tree);

        Assert.Equal(["bom.py", "declared-line2.py", "declared.py", "utf8.py"], Paths(result));
        Assert.Equal(
            ["bad.py", "cookie-after-code.py", "utf8-declared.py"],
            result.Skipped.Select(skipped => skipped.Path).ToArray());
        Assert.All(result.Skipped, skipped =>
        {
            Assert.Equal(SkipReason.Undecodable, skipped.Reason);
            Assert.Equal("not valid UTF-8 and no coding declaration", skipped.Message);
        });
    }

    [Fact]
    public void Multibyte_character_cut_at_the_sniff_boundary_is_not_undecodable()
    {
        var prefix = new string('#', SourceDiscovery.SniffLength - 1);
        using var tree = new TempTree().File("edge.py", prefix + "é\n");

        Assert.Equal(["edge.py"], Paths(Discover(tree)));
    }

    [Fact]
    public void Honours_root_and_nested_gitignore_files()
    {
        using var tree = new TempTree()
            .File(".gitignore", "generated/\n*_pb2.py\n!keep_pb2.py\n/top.py\n")
            .File("top.py")
            .File("pkg/top.py")
            .File("generated/a.py")
            .File("pkg/generated/b.py")
            .File("api/x_pb2.py")
            .File("api/keep_pb2.py")
            .File("pkg/.gitignore", "local_*.py\n!local_keep.py\n/only_here.py\n")
            .File("pkg/local_a.py")
            .File("pkg/local_keep.py")
            .File("pkg/only_here.py")
            .File("pkg/sub/only_here.py")
            .File("other/local_a.py");

        var result = Discover(tree);

        Assert.Equal(
            ["api/keep_pb2.py", "other/local_a.py", "pkg/local_keep.py", "pkg/sub/only_here.py", "pkg/top.py"],
            Paths(result));
    }

    [Fact]
    public void Nothing_inside_an_ignored_directory_can_be_re_included()
    {
        using var tree = new TempTree()
            .File(".gitignore", "build/\n!build/keep.py\nout/*\n!out/keep.py\n")
            .File("build/keep.py")
            .File("out/keep.py")
            .File("out/drop.py");

        Assert.Equal(["out/keep.py"], Paths(Discover(tree)));
    }

    [Fact]
    public void Honours_git_info_exclude_below_gitignore()
    {
        using var tree = new TempTree()
            .File(".git/info/exclude", "scratch*.py\nlocal.py\n")
            .File(".gitignore", "!local.py\n")
            .File("scratch1.py")
            .File("local.py")
            .File("kept.py");

        Assert.Equal(["kept.py", "local.py"], Paths(Discover(tree)));
    }

    [Fact]
    public void Honours_info_exclude_of_a_worktree_through_its_commondir()
    {
        using var tree = new TempTree()
            .File("main/.git/info/exclude", "secret.py\n")
            .Dir("main/.git/worktrees/wt")
            .File("main/.git/worktrees/wt/commondir", "../..\n")
            .File("wt/.git", "gitdir: ../main/.git/worktrees/wt\n")
            .File("wt/secret.py")
            .File("wt/app.py");

        var result = SourceDiscovery.Discover(tree.Path("wt"), new ProdReadyConfiguration(tree.Path("wt")));

        Assert.Equal(["app.py"], Paths(result));
    }

    [Fact]
    public void Honours_gitignore_files_of_ancestors_inside_the_repository()
    {
        using var tree = new TempTree()
            .Dir(".git")
            .File(".gitignore", "service/gen/\n*.tmp.py\n")
            .File("service/gen/a.py")
            .File("service/x.tmp.py")
            .File("service/app.py");

        var result = SourceDiscovery.Discover(tree.Path("service"), new ProdReadyConfiguration(tree.Path("service")));

        Assert.Equal(["app.py"], Paths(result));
    }

    [Fact]
    public void Ignores_gitignore_when_asked()
    {
        using var tree = new TempTree().File(".gitignore", "*.py\n").File("a.py");

        var result = Discover(tree, new ProdReadyConfiguration(tree.Root) { RespectGitignore = false });

        Assert.Equal(["a.py"], Paths(result));
    }

    [Fact]
    public void Default_excludes_prune_virtual_environments_and_caches()
    {
        using var tree = new TempTree()
            .File("app.py")
            .File(".venv/lib/site.py")
            .File("venv/lib/x.py")
            .File("pkg/__pycache__/x.py")
            .File("node_modules/x/y.py")
            .File("build/lib/app.py")
            .File("dist/app.py")
            .File(".tox/py311/x.py")
            .File("lib/site-packages/dep.py")
            .File(".git/hooks/pre-commit.py");

        Assert.Equal(["app.py"], Paths(Discover(tree)));
    }

    [Fact]
    public void Configured_exclude_replaces_defaults_and_extend_exclude_adds()
    {
        using var tree = new TempTree()
            .File("app.py")
            .File("venv/x.py")
            .File("vendor/lib.py")
            .File("legacy/old.py")
            .File(".git/x.py");

        var replaced = Discover(tree, new ProdReadyConfiguration(tree.Root) { Exclude = ["vendor/"] });
        var extended = Discover(tree, new ProdReadyConfiguration(tree.Root) { ExtendExclude = ["/legacy", "vendor/lib.py"] });

        Assert.Equal(["app.py", "legacy/old.py", "venv/x.py"], Paths(replaced));
        Assert.Equal(["app.py"], Paths(extended));
    }

    [Fact]
    public void Exclude_patterns_are_relative_to_the_configuration_folder()
    {
        using var tree = new TempTree()
            .Dir(".git")
            .File("service/gen/a.py")
            .File("service/app.py");

        var configuration = new ProdReadyConfiguration(tree.Root) { ExtendExclude = ["/service/gen"] };
        var result = SourceDiscovery.Discover(tree.Path("service"), configuration);

        Assert.Equal(["app.py"], Paths(result));
    }

    [Fact]
    public void Walks_only_src_and_tests_roots_and_marks_tests()
    {
        using var tree = new TempTree()
            .File("lib/pkg/core.py")
            .File("lib/pkg/test_inline.py")
            .File("tests/test_core.py")
            .File("tests/helpers.py")
            .File("scripts/run.py")
            .File("setup.py");
        var configuration = new ProdReadyConfiguration(tree.Root) { Src = ["lib", "missing"], Tests = ["tests"] };

        var result = Discover(tree, configuration);

        Assert.Equal(["lib/pkg/core.py", "lib/pkg/test_inline.py", "tests/helpers.py", "tests/test_core.py"], Paths(result));
        Assert.Equal([false, true, true, true], result.Files.Select(file => file.IsTest).ToArray());
    }

    [Fact]
    public void Src_may_name_a_single_file()
    {
        using var tree = new TempTree().File("tool.py").File("other.py");
        var configuration = new ProdReadyConfiguration(tree.Root) { Src = ["tool.py"], Tests = [] };

        Assert.Equal(["tool.py"], Paths(Discover(tree, configuration)));
    }

    [Fact]
    public void Roots_outside_the_checked_root_are_ignored()
    {
        using var tree = new TempTree().File("repo/a.py").File("elsewhere/b.py");
        var configuration = new ProdReadyConfiguration(tree.Path("repo")) { Src = [".", "../elsewhere"] };

        var result = SourceDiscovery.Discover(tree.Path("repo"), configuration);

        Assert.Equal(["a.py"], Paths(result));
    }

    [Fact]
    public void Does_not_follow_symlinks_and_survives_cycles()
    {
        using var tree = new TempTree()
            .File("pkg/a.py")
            .File("outside/secret.py");
        var root = tree.Path("pkg");
        Directory.CreateSymbolicLink(System.IO.Path.Combine(root, "loop"), root);
        Directory.CreateSymbolicLink(System.IO.Path.Combine(root, "escape"), tree.Path("outside"));
        File.CreateSymbolicLink(System.IO.Path.Combine(root, "linked.py"), tree.Path("outside/secret.py"));
        File.CreateSymbolicLink(System.IO.Path.Combine(root, "self.py"), System.IO.Path.Combine(root, "self.py"));

        var result = SourceDiscovery.Discover(root, new ProdReadyConfiguration(root));
        var candidates = SourceDiscovery.Discover(root, new ProdReadyConfiguration(root), ["linked.py", "loop/a.py", "self.py", "a.py"]);

        Assert.Equal(["a.py"], Paths(result));
        Assert.Empty(result.Skipped);
        Assert.Equal(["a.py"], Paths(candidates));
    }

    [Fact]
    public void Candidates_follow_the_same_rules_as_the_tree_walk()
    {
        using var tree = new TempTree()
            .File(".gitignore", "gen/\n")
            .File("app.py")
            .File("pkg/mod.py")
            .File("gen/out.py")
            .File("venv/x.py")
            .File("docs/readme.md", "x\n")
            .File("bin/tool", "#!/usr/bin/env python3\n")
            .Bytes("blob.py", [0]);

        var result = Discover(tree, candidates:
        [
            "pkg/mod.py", "app.py", "gen/out.py", "venv/x.py", "docs/readme.md", "deleted.py", "pkg",
            "bin/tool", "blob.py", "../outside.py", tree.Path("pkg/mod.py"), "pkg/../app.py",
        ]);

        Assert.Equal(["app.py", "bin/tool", "pkg/mod.py"], Paths(result));
        Assert.Equal(
            [new SkippedFile("../outside.py", SkipReason.OutsideRoot, "outside the checked root"), new SkippedFile("blob.py", SkipReason.Binary, "binary file (NUL byte in the first 8 KiB)")],
            result.Skipped);
    }

    [Fact]
    public void Candidates_respect_nested_gitignore_and_roots()
    {
        using var tree = new TempTree()
            .File("lib/.gitignore", "*_gen.py\n")
            .File("lib/a_gen.py")
            .File("lib/a.py")
            .File("scripts/run.py");
        var configuration = new ProdReadyConfiguration(tree.Root) { Src = ["lib"], Tests = [] };

        var result = Discover(tree, configuration, ["lib/a_gen.py", "lib/a.py", "scripts/run.py"]);

        Assert.Equal(["lib/a.py"], Paths(result));
    }

    [Fact]
    public void Empty_candidate_list_finds_nothing()
    {
        using var tree = new TempTree().File("a.py");

        var result = Discover(tree, candidates: []);

        Assert.Empty(result.Files);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void Agrees_with_git_on_which_untracked_files_are_not_ignored()
    {
        if (!Git.IsAvailable())
        {
            Assert.Skip("git is not installed");
        }

        using var tree = new TempTree()
            .File(".gitignore", "*.gen.py\n/build-output/\ndocs/**/conf.py\n!docs/keep/conf.py\n[Tt]mp*/\n")
            .File("a.py")
            .File("x.gen.py")
            .File("pkg/y.gen.py")
            .File("build-output/z.py")
            .File("pkg/build-output/kept.py")
            .File("docs/conf.py")
            .File("docs/en/conf.py")
            .File("docs/keep/conf.py")
            .File("tmp1/a.py")
            .File("Tmp2/b.py")
            .File("pkg/.gitignore", "!y.gen.py\nlocal/\n")
            .File("pkg/local/c.py")
            .File("pkg/mod.py");
        Assert.Equal(0, Git.Run(tree.Root, "init -q").ExitCode);
        File.WriteAllText(tree.Path(".git/info/exclude"), "docs/conf.py\n");

        var (exitCode, output) = Git.Run(tree.Root, "ls-files --others --exclude-standard -z");
        Assert.Equal(0, exitCode);
        var fromGit = output.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Where(path => path.EndsWith(".py", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

        var result = Discover(tree, new ProdReadyConfiguration(tree.Root) { Exclude = [] });

        Assert.Equal(fromGit, Paths(result));
        Assert.Contains("pkg/y.gen.py", fromGit);
    }
}
