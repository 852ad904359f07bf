using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Weiterbildungsraum.Web.Features.Competencies.Curation;

/// <summary>Puts the domain's field errors next to the form fields they belong to.</summary>
internal static class FormErrors
{
    public static void Add(ModelStateDictionary modelState, EditResult result, Func<string, string> field)
    {
        foreach (var error in result.Errors)
            modelState.AddModelError(error.Field.Length == 0 || error.Field == "version" ? string.Empty : field(error.Field), error.Reason);
    }

    public static string Competency(string field) => field switch
    {
        ['l', 'e', 'v', 'e', 'l', var digit] => $"Input.Levels[{digit - '1'}]",
        _ => "Input." + char.ToUpperInvariant(field[0]) + field[1..],
    };

}
