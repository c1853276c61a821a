using ProdReady.Analysis.Rules.SecureBoundaries;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Tests.Rules.SecureBoundaries;

public sealed class HardcodedSecretTests
{
    [Theory]
    [InlineData("password = [|\"hunter2\"|]\n")]
    [InlineData("class C:\n    def __init__(self):\n        self.apiToken = [|\"abc\"|]\n")]
    [InlineData("d = {\"secret_key\": [|\"abc\"|]}\n")]
    [InlineData("def f(pwd=[|\"x1\"|]):\n    pass\n")]
    [InlineData("def f(*, api_key=[|\"x1\"|]):\n    pass\n")]
    [InlineData("connect(passwd=[|\"x1\"|])\n")]
    [InlineData("KEY = [|\"-----BEGIN RSA PRIVATE KEY-----\\nMIIE\"|]\n")]
    [InlineData("SLACK = [|\"xoxb-123456789012-abcdefghijkl\"|]\n")]
    public void Reports_literal_secrets(string markup) => RuleHarness.AssertSpans(markup, new HardcodedSecret());

    [Theory]
    [InlineData("key = \"name\"\n")]
    [InlineData("token_type = \"bearer\"\n")]
    [InlineData("password = \"\"\n")]
    [InlineData("password = \"Enter it here\"\n")]
    [InlineData("password = \"DB_PASSWORD\"\n")]
    [InlineData("password = \"<password>\"\n")]
    [InlineData("TOKEN = \"token\"\n")]
    [InlineData("sort_key = \"x1\"\n")]
    [InlineData("password = get_password()\n")]
    [InlineData("def f(token):\n    return token == \"with\"\n")]
    public void Ignores_names_and_values_that_are_not_secrets(string source) => RuleHarness.AssertSpans(source, new HardcodedSecret());

    [Fact]
    public void Reports_only_credential_formats_in_test_code() =>
        RuleHarness.AssertSpans("password = \"hunter2\"\nAWS = [|\"AKIAIOSFODNN7EXAMPLE\"|]\n", new HardcodedSecret(), "tests/test_login.py");

    [Fact]
    public void Reports_a_credential_format_once_when_the_name_also_says_secret() =>
        RuleHarness.AssertSpans("aws_secret = [|\"AKIAIOSFODNN7EXAMPLE\"|]\n", new HardcodedSecret());
}
