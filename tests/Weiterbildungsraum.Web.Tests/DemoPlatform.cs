[assembly: AssemblyFixture(typeof(DemoPlatform))]

namespace Weiterbildungsraum.Tests;

/// <summary>One platform with the full demo region, shared by the read-only tests of this assembly.</summary>
public sealed class DemoPlatform() : TestPlatform(demoData: true), IAsyncLifetime
{
    // Started once up front: the factory's lazy start is not safe when test classes ask for clients in parallel.
    public ValueTask InitializeAsync()
    {
        _ = Server;
        return ValueTask.CompletedTask;
    }
}
