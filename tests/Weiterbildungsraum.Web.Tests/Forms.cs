using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Weiterbildungsraum.Tests;

/// <summary>Posts real forms: loads the page, takes its antiforgery token and fields, fills in values.</summary>
public static class Forms
{
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} → {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(html);
    }

    /// <summary>Posts the form as loaded with the given values; <paramref name="button"/> selects a submit button whose formaction (a page handler) the post goes to.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string url, IReadOnlyDictionary<string, string> values, string formSelector = "main form", string? button = null)
    {
        var document = await client.GetDocumentAsync(url);
        var form = document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"Kein Formular „{formSelector}“ auf {url}.");
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
            // ASP.NET writes a hidden "false" after each checkbox; a checked box wins.
            if (input.Type == "hidden" && fields.ContainsKey(input.Name!) && form.QuerySelector($"input[type=checkbox][name='{input.Name}']") is not null) continue;
            fields[input.Name!] = input.Value;
        }
        foreach (var textarea in form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]"))
            fields[textarea.Name!] = textarea.Value;
        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]"))
            fields[select.Name!] = select.SelectedOptions.FirstOrDefault()?.Value ?? select.Options.FirstOrDefault()?.Value ?? "";
        foreach (var (key, value) in values) fields[key] = value;
        var action = button is not null ? form.QuerySelector(button)?.GetAttribute("formaction") ?? throw new InvalidOperationException($"Kein Knopf „{button}“ mit formaction auf {url}.")
            : string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
