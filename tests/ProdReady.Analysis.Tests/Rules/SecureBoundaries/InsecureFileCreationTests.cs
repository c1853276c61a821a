using ProdReady.Analysis.Rules.SecureBoundaries;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Tests.Rules.SecureBoundaries;

public sealed class InsecureFileCreationTests
{
    [Theory]
    [InlineData("import tempfile\n[|tempfile.mktemp()|]\n")]
    [InlineData("import os\ndef f(p):\n    os.chmod(p, [|0o666|])\n")]
    [InlineData("import os, stat\ndef f(p):\n    os.chmod(p, [|stat.S_IRWXU \u007c stat.S_IRWXO|])\n")]
    [InlineData("from os import fchmod\ndef f(fd):\n    fchmod(fd, mode=[|511|])\n")]
    public void Reports_racy_names_and_world_writable_modes(string markup) => RuleHarness.AssertSpans(markup, new InsecureFileCreation());

    [Theory]
    [InlineData("import os\ndef f(p):\n    os.chmod(p, 0o755)\n")]
    [InlineData("import os\ndef f(p, m):\n    os.chmod(p, m)\n")]
    [InlineData("import tempfile\ntempfile.mkdtemp()\n")]
    [InlineData("def mktemp():\n    return 1\nmktemp()\n")]
    public void Ignores_safe_modes_and_functions(string source) => RuleHarness.AssertSpans(source, new InsecureFileCreation());
}
