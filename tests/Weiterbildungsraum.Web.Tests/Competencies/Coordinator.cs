using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Tests.Competencies;

/// <summary>A coordinator account on a platform without demo data, and forms with repeated field names (checkbox groups).</summary>
public static class Coordinator
{
    public static async Task<string> CreateAsync(TestPlatform platform)
    {
        using var scope = platform.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"koordination-{Guid.NewGuid():N}@example.org";
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Koordination", CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, DemoSeeder.DemoPassword)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Coordinator);
        return email;
    }

    /// <summary>Every field the browser would send from the form, repeated names included.</summary>
    public static List<KeyValuePair<string, string>> Fields(IHtmlDocument document, string selector = "main form")
    {
        var form = document.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"Kein Formular „{selector}“.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
            if (input.Type is not ("checkbox" or "radio" or "file") || input.IsChecked) fields.Add(new(input.Name!, input.Value));
        foreach (var textarea in form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]")) fields.Add(new(textarea.Name!, textarea.Value));
        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]"))
            fields.Add(new(select.Name!, select.SelectedOptions.FirstOrDefault()?.Value ?? select.Options.FirstOrDefault()?.Value ?? ""));
        return fields;
    }

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, params string[] values)
    {
        var result = fields.Where(f => f.Key != name).ToList();
        result.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        return result;
    }

    public static Task<HttpResponseMessage> PostFieldsAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields));
}
