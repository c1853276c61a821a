using ProdReady.Analysis.Rules.SecureBoundaries;
using ProdReady.Analysis.Tests.Engine;

namespace ProdReady.Analysis.Tests.Rules.SecureBoundaries;

public sealed class UnvalidatedRequestInputTests
{
    private const string Flask = "import os, re, subprocess\nfrom flask import Flask, request, redirect\napp = Flask(__name__)\nALLOWED = {'a'}\n";

    [Theory]
    [InlineData("@app.route('/a')\ndef a():\n    n = request.args['n']\n    m = n.strip()\n    os.system([|'x ' + m|])\n")]
    [InlineData("@app.route('/a')\ndef a():\n    return redirect([|request.values.get('u')|])\n")]
    [InlineData("@app.route('/a')\ndef a():\n    for part in request.form.getlist('p'):\n        open([|part|])\n")]
    [InlineData("@app.route('/a')\ndef a():\n    names = [x for x in request.args.getlist('n')]\n    return open([|names[0]|])\n")]
    [InlineData("@app.route('/a')\ndef a():\n    n = request.args['n']\n    if n in ALLOWED:\n        pass\n    return open([|n|])\n")]
    [InlineData("@app.route('/a')\ndef a():\n    n = request.args['n']\n    if n in ALLOWED:\n        abort(400)\n    return open([|n|])\n")]
    [InlineData("@app.route('/a/<name>')\ndef a(name):\n    subprocess.run([[|name|], '--help'])\n")]
    [InlineData("def helper():\n    return eval([|request.data|])\n")]
    public void Reports_input_reaching_a_sink(string body) => RuleHarness.AssertSpans(Flask + body, new UnvalidatedRequestInput());

    [Theory]
    [InlineData("@app.route('/a')\ndef a():\n    n = int(request.args['n'])\n    return open(f'/d/{n}')\n")]
    [InlineData("@app.route('/a')\ndef a():\n    n = request.args['n']\n    if n not in ALLOWED:\n        return 'no', 400\n    return open(n)\n")]
    [InlineData("@app.route('/a')\ndef a():\n    n = request.args['n']\n    if re.fullmatch('[a-z]+', n):\n        return open(n)\n    return ''\n")]
    [InlineData("@app.route('/a')\ndef a():\n    n = request.args['n']\n    if not n.isdigit():\n        raise ValueError(n)\n    return open(n)\n")]
    [InlineData("@app.route('/a')\ndef a():\n    n = request.args['n']\n    return open({'x': 'y'}[n])\n")]
    [InlineData("@app.route('/a/<name>')\ndef a(name):\n    subprocess.run(['ls', name])\n")]
    [InlineData("def check(n):\n    pass\n@app.route('/a')\ndef a():\n    n = request.args['n']\n    check(n)\n    return open(n)\n")]
    [InlineData("@app.route('/a')\ndef a():\n    n = request.args['n']\n    n = os.path.basename(n)\n    return open(n)\n")]
    [InlineData("def a(name):\n    return open(name)\n")]
    public void Ignores_validated_input(string body) => RuleHarness.AssertSpans(Flask + body, new UnvalidatedRequestInput());

    [Fact]
    public void Shows_the_path_from_source_line_to_sink_line()
    {
        var finding = Assert.Single(RuleHarness.Analyze(Flask + "@app.route('/a')\ndef a():\n    n = request.args['n']\n    path = os.path.join('/d', n)\n    return open(path)\n", new UnvalidatedRequestInput()));
        Assert.Equal(
            "Request input reaches a file path without validation (line 7 request.args -> line 7 'n' -> line 8 'path' -> line 9 open()): reduce it to a file name (os.path.basename, secure_filename) or check that the resolved path stays under the base folder",
            finding.Message);
    }

    [Fact]
    public void Ignores_files_without_a_web_framework() =>
        RuleHarness.AssertSpans("import os\ndef view(request):\n    os.system(request.GET['c'])\n", new UnvalidatedRequestInput());

    [Fact]
    public void Ignores_test_code() =>
        RuleHarness.AssertSpans(Flask + "@app.route('/a')\ndef a():\n    return open(request.args['n'])\n", new UnvalidatedRequestInput(), "tests/test_app.py");

    [Fact]
    public void Recognises_an_application_imported_from_the_project() =>
        RuleHarness.AssertSpans("import os\nfrom flask import request\nfrom .app import app\n@app.route('/a/<n>')\ndef a(n):\n    os.system([|n|])\n", new UnvalidatedRequestInput());

    [Fact]
    public void Survives_a_handler_with_an_incomplete_body() =>
        RuleHarness.AssertSpans(Flask + "@app.route('/a')\ndef a(:\n    open(request.args['n'])\n", new UnvalidatedRequestInput());
}
