using ProdReady.Analysis.Rules.RuntimeErrors;
using ProdReady.Testing;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.RuntimeErrors;

public sealed class UnawaitedCoroutineTests
{
    [Theory]
    [InlineData("async def job():\n    pass\nasync def main():\n    [|job()|]\n")]
    [InlineData("import asyncio\nasync def main():\n    [|asyncio.sleep(1)|]\n")]
    [InlineData("from asyncio import wait_for as w\nasync def main(x):\n    [|w(x, 1)|]\n")]
    [InlineData("class C:\n    async def a(self):\n        pass\n    def b(self):\n        [|self.a()|]\n")]
    public void Reports_bare_coroutine_calls(string markup) => RuleHarness.AssertSpans(markup, new UnawaitedCoroutine());

    [Theory]
    [InlineData("async def job():\n    pass\nasync def main():\n    await job()\n")]
    [InlineData("import asyncio\nasync def job():\n    pass\nasync def main():\n    t = asyncio.create_task(job())\n    return t\n")]
    [InlineData("async def job():\n    pass\ndef main():\n    return job()\n")]
    [InlineData("def job():\n    pass\nasync def main():\n    job()\n")]
    [InlineData("import time\nasync def main():\n    time.sleep(1)\n")]
    [InlineData("async def job():\n    pass\njob = wrap(job)\nasync def main():\n    job()\n")]
    public void Ignores_awaited_or_plain_calls(string source) => RuleHarness.AssertSpans(source, new UnawaitedCoroutine());

    [Fact]
    public void Finds_async_functions_of_other_project_modules()
    {
        using var tree = new TempTree()
            .File("app/__init__.py", string.Empty)
            .File("app/jobs.py", "async def refresh():\n    return 1\n")
            .File("app/main.py", "from app.jobs import refresh\n\nasync def main():\n    refresh()\n");
        var finding = Assert.Single(ProjectHarness.Check(tree, new UnawaitedCoroutine(), "app/main.py"));
        Assert.Equal(4, finding.Location!.Line);
    }
}
