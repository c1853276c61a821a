using ProdReady.Analysis.Rules.SecureBoundaries;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Tests.Rules.SecureBoundaries;

public sealed class UnsafeFrameworkSettingTests
{
    [Theory]
    [InlineData("import flask\ndef create():\n    app = flask.Flask(__name__)\n    [|app.run(debug=True)|]\n")]
    [InlineData("from jinja2 import Template\nt = [|Template(\"x\", autoescape=False)|]\n")]
    [InlineData("def serve(run):\n    run(host=[|\"0.0.0.0\"|])\n")]
    public void Reports_unsafe_settings(string markup) => RuleHarness.AssertSpans(markup, new UnsafeFrameworkSetting());

    [Theory]
    [InlineData("def f(app):\n    app.run(debug=True)\n")]
    [InlineData("import jinja2\nenv = jinja2.Environment(autoescape=jinja2.select_autoescape())\n")]
    [InlineData("DEBUG = True\n")]
    public void Ignores_safe_or_unknown_settings(string source) => RuleHarness.AssertSpans(source, new UnsafeFrameworkSetting());

    [Fact]
    public void Reports_debug_in_a_django_settings_module() =>
        RuleHarness.AssertSpans("[|DEBUG = True|]\nif False:\n    DEBUG = True\n", new UnsafeFrameworkSetting(), "mysite/settings.py");

    [Fact]
    public void Reports_debug_in_a_settings_package() =>
        RuleHarness.AssertSpans("[|DEBUG = True|]\n", new UnsafeFrameworkSetting(), "mysite/settings/dev.py");

    [Fact]
    public void Grades_binding_all_interfaces_as_a_warning()
    {
        var finding = Assert.Single(RuleHarness.Analyze("HOST = \"0.0.0.0\"\n", new UnsafeFrameworkSetting()));
        Assert.Equal(Severity.Warning, finding.Severity);
    }
}
