using ProdReady.Analysis.Rules.SecureBoundaries;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Tests.Rules.SecureBoundaries;

public sealed class FormattedSqlQueryTests
{
    [Theory]
    [InlineData("def f(c, n):\n    c.execute([|f\"SELECT {n}\"|])\n")]
    [InlineData("def f(c, n):\n    c.executemany([|\"INSERT INTO %s VALUES (?)\" % n|], [])\n")]
    [InlineData("def f(c, n):\n    q = \"SELECT \" + n\n    c.execute([|q|])\n")]
    [InlineData("import sqlalchemy as sa\ndef f(n):\n    return sa.text([|f\"SELECT {n}\"|])\n")]
    [InlineData("import django\ndef f(m, n):\n    return m.objects.raw([|f\"SELECT {n}\"|])\n")]
    public void Reports_formatted_queries(string markup) => RuleHarness.AssertSpans(markup, new FormattedSqlQuery());

    [Theory]
    [InlineData("def f(c, n):\n    c.execute(\"SELECT ?\", (n,))\n")]
    [InlineData("def f(c):\n    c.execute(f\"SELECT 1\")\n")]
    [InlineData("def f(m, n):\n    return m.objects.raw(f\"SELECT {n}\")\n")]
    [InlineData("def f(c, q):\n    c.execute(q)\n")]
    [InlineData("def f(c):\n    c.execute()\n")]
    public void Ignores_parameterised_or_unknown_queries(string source) => RuleHarness.AssertSpans(source, new FormattedSqlQuery());
}
