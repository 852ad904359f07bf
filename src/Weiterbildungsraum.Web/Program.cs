using Microsoft.AspNetCore.DataProtection;
using Prometheus;
using Scalar.AspNetCore;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Assessments;
using Weiterbildungsraum.Web.Features.Competencies;
using Weiterbildungsraum.Web.Features.Competencies.Curation;
using Weiterbildungsraum.Web.Features.Funding;
using Weiterbildungsraum.Web.Features.Matching;
using Weiterbildungsraum.Web.Features.Offers;
using Weiterbildungsraum.Web.Features.Search;
using Weiterbildungsraum.Web.Features.Competencies.Esco;
using Weiterbildungsraum.Web.Features.Demand;
using Weiterbildungsraum.Web.Features.Network;
using Weiterbildungsraum.Web.Features.Shared;
using Weiterbildungsraum.Web.Features.Site;
using Weiterbildungsraum.Web.Operations;

if (OperatorCommands.UnknownCommand(args) is { } unknown)
    return OperatorCommands.RefuseUnknown(unknown);

try
{
    // The content root is the build output, so the dll finds appsettings and content/ from any directory;
    // the SQLite file stays relative to the working directory (./data/).
    // A command's own arguments (an absolute path starts with "/", which the configuration would read as a switch)
    // stay out of the configuration; settings come as --Key=Value.
    var settings = OperatorCommands.IsCommand(args) ? args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray() : args;
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = settings, ContentRootPath = AppContext.BaseDirectory });
    builder.WebHost.UseStaticWebAssets();

    // Structured logs (Logging:Console:FormatterName=json) carry a UTC timestamp unless one is configured.
    builder.Services.Configure<Microsoft.Extensions.Logging.Console.JsonConsoleFormatterOptions>(o =>
    {
        if (o.TimestampFormat is not null) return;
        o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        o.UseUtcTimestamp = true;
    });
    builder.Services.AddPlatformDatabase(builder.Configuration);
    builder.Services.AddDataProtection()
        .SetApplicationName("Weiterbildungsraum")
        .PersistKeysToDbContext<AppDbContext>();
    builder.Services.AddSmtpMail(builder.Configuration);
    builder.Services.AddAccounts(builder.Configuration);
    builder.Services.AddDemand(builder.Configuration);
    builder.Services.AddKompetenzcheck();
    builder.Services.AddSearch();
    builder.Services.AddApiTokens();
    builder.Services.AddProviderOffers(builder.Configuration);
    builder.Services.AddEscoImport();
    builder.Services.AddNetwork(builder.Configuration);
    builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");
    builder.Services.AddInputGuards();
    // German text stays readable in the HTML instead of becoming character references.
    builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
        o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
    builder.Services.AddProblemDetails();
    builder.Services.AddExceptionHandler<ApiExceptionHandler>();
    builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
    builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
    {
        doc.Info.Title = "Weiterbildungsraum API";
        doc.Info.Description = "Öffentliche Schnittstelle der regionalen Weiterbildungsplattform. This service uses the ESCO classification of the European Commission.";
        return Task.CompletedTask;
    }));
    builder.Services.AddSingleton(PlaceTable.Directory);
    builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
    builder.Services.AddApiRateLimits(builder.Configuration);

    var app = builder.Build();

    if (OperatorCommands.IsCommand(args))
        return await OperatorCommands.RunAsync(app, args);

    await Seeding.PrepareDatabaseAsync(app.Services);
    await app.Services.GetRequiredService<OfferIndex>().EnsureReadyAsync();

    if (!app.Environment.IsDevelopment())
        app.UseExceptionHandler("/fehler");
    // Pages get German error pages; the API answers with problem details.
    app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"), page => page.UseStatusCodePagesWithReExecute("/fehler/{0}"));
    app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
    app.UseSecurityHeaders();
    app.UseKnownCharsets();
    app.UseStaticFiles();
    // Routing after the error pages, so a re-executed request finds its error page endpoint.
    app.UseRouting();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseRateLimiter();
    app.UseHttpMetrics();
    app.UseTextGuards();

    app.MapHealthChecks("/health").AllowAnonymous();
    app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
    app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
    app.MapMetrics("/metrics").AllowAnonymous();
    app.MapOpenApi().AllowAnonymous();
    app.MapScalarApiReference("/api-referenz", o => o.WithTitle("Weiterbildungsraum API")).AllowAnonymous();

    app.MapCompetencies();
    app.MapSearch();
    app.MapOffers();
    app.MapOfferImport();
    app.MapProviderDownloads();
    app.MapModelExchange();
    app.MapModelEditing();
    app.MapFunding();
    app.MapMatching();
    app.MapTrainingPlan();
    app.MapEsco();
    app.MapEscoImports();
    app.MapCompanyRoleUpgrades();
    app.MapDemand();
    app.MapAssessments();
    app.MapNetwork();

    app.MapRazorPages();
    // Unknown addresses are a plain 404 (German page or problem details), not a login redirect.
    app.MapFallback(ctx =>
    {
        ctx.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }).AllowAnonymous();

    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is StartupException or Weiterbildungsraum.Web.Content.ContentInvalidException)
{
    Console.Error.WriteLine("Der Weiterbildungsraum kann nicht starten: " + e.Message);
    return 1;
}

public partial class Program;
