using BenchmarkDotNet.Running;

namespace Weiterbildungsraum.Bench;

public static class BenchProgram
{
    public static async Task Main(string[] args)
    {
        if (args is ["aufschluesselung"]) await Breakdown.RunAsync();
        else BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
    }
}
