using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network;

[Authorize(Policy = Policies.Coordinator)]
public sealed class WriteNewsModel(AppDbContext db) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Bitte geben Sie eine Überschrift ein.")]
        [StringLength(200, ErrorMessage = "Die Überschrift darf höchstens 200 Zeichen lang sein.")]
        [Display(Name = "Überschrift")]
        public string Title { get; set; } = "";

        [Required(ErrorMessage = "Bitte geben Sie einen Text ein.")]
        [StringLength(20000, ErrorMessage = "Der Text darf höchstens 20.000 Zeichen lang sein.")]
        [Display(Name = "Text")]
        public string Body { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        db.News.Add(new NewsPost { Title = Input.Title.Trim(), Body = Input.Body.Trim().Replace("\r\n", "\n"), PublishedAt = DateTime.UtcNow, AuthorUserId = Tenancy.UserId(User) });
        await db.SaveChangesAsync(ct);
        return Redirect("/aktuelles");
    }
}
