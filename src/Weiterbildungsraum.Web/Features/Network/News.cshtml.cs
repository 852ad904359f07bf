using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Network;

[AllowAnonymous]
public sealed class NewsModel(AppDbContext db) : PageModel
{
    public List<NewsPost> Posts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Posts = await db.News.AsNoTracking().OrderByDescending(n => n.PublishedAt).Take(50).ToListAsync(ct);
}
