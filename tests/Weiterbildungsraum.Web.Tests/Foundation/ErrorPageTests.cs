using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Weiterbildungsraum.Web.Tests.Foundation;

/// <summary>A real exception in a page, outside Development: the German error page, and nothing of the exception.</summary>
public sealed class ErrorPageTests : IDisposable
{
    private const string Secret = "Geheimnis-aus-der-Ausnahme-4711";
    private readonly FaultyPlatform platform = new();

    public void Dispose() => platform.Dispose();

    [Fact]
    public async Task An_exception_in_a_page_shows_the_German_500_page_without_stack_trace_or_exception_text()
    {
        var client = platform.CreateClient();
        var normal = await client.GetAsync("/impressum", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, normal.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/impressum");
        request.Headers.Add(FaultFilter.Header, "1");
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("lang=\"de\"", html);
        Assert.Contains("Etwas ist schiefgegangen", html);
        Assert.DoesNotContain(Secret, html);
        Assert.DoesNotContain(nameof(InvalidOperationException), html);
        Assert.DoesNotContain("   at ", html);
        Assert.DoesNotContain(nameof(FaultFilter), html);
    }

    /// <summary>The repository's platform plus a fault that only this test installs: no endpoint of the product can throw on request.</summary>
    private sealed class FaultyPlatform() : TestPlatform(demoData: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.Configure<MvcOptions>(o => o.Filters.Add(new FaultFilter())));
        }
    }

    private sealed class FaultFilter : IAsyncPageFilter
    {
        public const string Header = "X-Test-Fault";

        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) =>
            // The error page runs in the same request (re-executed), so it must stay out of the fault.
            context.HttpContext.Request.Headers.ContainsKey(Header) && !context.HttpContext.Request.Path.StartsWithSegments("/fehler")
                ? throw new InvalidOperationException(Secret)
                : next();
    }
}
