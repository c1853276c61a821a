using ProdReady.Analysis.Rules.SecureBoundaries;
using ProdReady.Analysis.Tests.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Tests.Rules.SecureBoundaries;

public sealed class UnsafeDeserializationTests
{
    [Theory]
    [InlineData("import pickle\ndef f(b):\n    return [|pickle.loads(b)|]\n")]
    [InlineData("from pickle import load as l\ndef f(b):\n    return [|l(b)|]\n")]
    [InlineData("import yaml\ndef f(s):\n    return [|yaml.load(s, yaml.FullLoader)|]\n")]
    [InlineData("import jsonpickle\ndef f(s):\n    return [|jsonpickle.decode(s)|]\n")]
    [InlineData("import numpy as np\ndef f(p):\n    return [|np.load(p, allow_pickle=True)|]\n")]
    public void Reports_code_running_loaders(string markup) => RuleHarness.AssertSpans(markup, new UnsafeDeserialization());

    [Theory]
    [InlineData("import yaml\ndef f(s):\n    return yaml.load(s, Loader=yaml.CSafeLoader)\n")]
    [InlineData("import json\ndef f(s):\n    return json.loads(s)\n")]
    [InlineData("import yaml\ndef f(s, **kw):\n    return yaml.load(s, **kw)\n")]
    [InlineData("import numpy\ndef f(p):\n    return numpy.load(p)\n")]
    [InlineData("def loads(b):\n    return b\nloads(1)\n")]
    public void Ignores_data_only_loaders(string source) => RuleHarness.AssertSpans(source, new UnsafeDeserialization());

    [Fact]
    public void Ignores_test_code() => RuleHarness.AssertSpans("import pickle\ndef test_x(b):\n    pickle.loads(b)\n", new UnsafeDeserialization(), "test_x.py");
}
