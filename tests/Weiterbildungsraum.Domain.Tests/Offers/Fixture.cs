namespace Weiterbildungsraum.Domain.Tests.Offers;

public static class Fixture
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Offers", "Fixtures", name));

    public static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
