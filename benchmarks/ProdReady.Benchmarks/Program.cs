using BenchmarkDotNet.Running;
using ProdReady.Benchmarks;

if (args is ["memory", var folder])
{
    return MemoryProbe.Run(folder, Console.Out);
}

if (args is ["families", var measuredTree, "--each", .. var codes])
{
    return FamiliesProbe.RunEach(measuredTree, Console.Out, codes);
}

if (args is ["families", var tree, .. var prefixes])
{
    return FamiliesProbe.Run(tree, Console.Out, prefixes);
}

if (args is ["allocations", var allocationTree, var what, .. var excluded])
{
    return AllocationProbe.Run(allocationTree, what, excluded, Console.Out);
}

if (args is ["facts", var factsCorpus])
{
    return FactsProbe.Run(factsCorpus, Console.Out);
}

if (args is ["model", var corpus])
{
    return ModelProbe.Run(corpus, Console.Out);
}

if (args is ["testmap-record", var recorded, var every])
{
    return TestMapRecordProbe.Run(recorded, int.Parse(every, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
}

if (args is ["testmap-outline", var outlined, var each])
{
    return TestMapOutlineProbe.Run(outlined, int.Parse(each, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
}

if (args is ["testmap-use", var used])
{
    return TestMapOutlineProbe.Use(used, Console.Out);
}

if (args is ["testmap-build", var built, var rounds])
{
    return TestMapBuildProbe.Run(built, int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
}

if (args is ["testmap", var project, .. var rest])
{
    return TestMapProbe.Run(project, rest, Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
