namespace Weiterbildungsraum.Web.Tests.Offers;

/// <summary>A platform with the competency model but without the demo region, shared by one test class that writes.</summary>
public sealed class ProviderPlatform() : TestPlatform(demoData: false), IAsyncLifetime
{
    public ValueTask InitializeAsync()
    {
        _ = Server;
        return ValueTask.CompletedTask;
    }
}
