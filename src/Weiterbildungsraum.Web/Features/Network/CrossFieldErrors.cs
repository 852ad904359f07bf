using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Weiterbildungsraum.Web.Features.Network;

/// <summary>
/// MVC runs IValidatableObject only when every field passed its own attributes, so a form with a wrong postcode
/// would hide that the end lies before the start. The cross-field rules run here as well, for one round of corrections.
/// </summary>
internal static class CrossFieldErrors
{
    public static void Add(ModelStateDictionary modelState, string prefix, IValidatableObject input)
    {
        if (modelState.IsValid) return;
        foreach (var result in input.Validate(new ValidationContext(input)))
            foreach (var member in result.MemberNames)
            {
                var key = $"{prefix}.{member}";
                if (modelState[key] is not { Errors.Count: > 0 }) modelState.AddModelError(key, result.ErrorMessage ?? "");
            }
    }
}
