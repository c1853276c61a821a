using ProdReady.Analysis.Rules.SecureBoundaries;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Tests.Rules.SecureBoundaries;

public sealed class UnfilteredTarExtractionTests
{
    [Theory]
    [InlineData("import tarfile\ndef f(p):\n    t = tarfile.open(p)\n    [|t.extractall()|]\n")]
    [InlineData("from tarfile import TarFile\ndef f(p):\n    with TarFile.open(p) as t:\n        [|t.extract(\"a\", filter=None)|]\n")]
    public void Reports_extraction_without_a_filter(string markup) => RuleHarness.AssertSpans(markup, new UnfilteredTarExtraction());

    [Theory]
    [InlineData("import tarfile\ndef f(p):\n    with tarfile.open(p) as t:\n        t.extractall(filter=\"tar\")\n")]
    [InlineData("import zipfile\ndef f(p):\n    with zipfile.ZipFile(p) as z:\n        z.extractall()\n")]
    [InlineData("import tarfile\ndef f(p, **kw):\n    tarfile.open(p).extractall(**kw)\n")]
    public void Ignores_filtered_or_other_archives(string source) => RuleHarness.AssertSpans(source, new UnfilteredTarExtraction());
}
