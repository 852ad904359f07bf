namespace Weiterbildungsraum.Web.Tests.Network;

/// <summary>
/// Tests that change what the directory shows on the shared demo platform run one after another with those
/// that compare the directory with the database, so that neither sees the other half-done.
/// </summary>
public static class NetworkDirectory
{
    public const string Collection = "Netzwerkverzeichnis";
}
