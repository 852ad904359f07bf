using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using Weiterbildungsraum.Domain.Text;

namespace Weiterbildungsraum.Web.Features.Site;

/// <summary>
/// Requests that cannot be read or answered as sent (an unknown character set, a form that is not a form, a POST to a
/// page without a POST handler) get a 4xx with a German page or problem details, never a 500.
/// Text with a NUL or another control character (ControlCharacters, docs/decisions/010-control-characters.md) in the
/// address, the query, a form field or a JSON string is refused with 400 naming the field, before anything reads it.
/// </summary>
public static class InputGuards
{
    public static IServiceCollection AddInputGuards(this IServiceCollection services)
    {
        services.Configure<MvcOptions>(o =>
        {
            // No form uses jQuery-style keys (a[b]); their parser throws on a key like "a[" instead of refusing it.
            o.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
            o.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
            o.Filters.Add(new UnreadableFormFilter());
            o.Filters.Add(new PageHandlerFilter());
        });
        return services;
    }

    /// <summary>
    /// An unknown charset in Content-Type makes every body reader throw; it is refused before any of them runs. So is a
    /// control character in the address or the query (static files would fail on a NUL in the path).
    /// </summary>
    public static IApplicationBuilder UseKnownCharsets(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.Features.Get<IStatusCodeReExecuteFeature>() is null && ctx.Request.ContentType is { } contentType && !IsReadable(contentType))
        {
            ctx.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }
        if (ctx.Features.Get<IStatusCodeReExecuteFeature>() is null && ctx.Features.Get<IExceptionHandlerFeature>() is null
            && RefusedInAddress(ctx.Request) is { } refused)
        {
            await RefuseAsync(ctx, refused, ctx.Request.Path.StartsWithSegments("/api"));
            return;
        }
        await next();
    });

    /// <summary>
    /// Refuses a NUL or another control character in a JSON body of the API, after routing and authorization (so the
    /// endpoint's own size limit applies and a caller without access learns nothing). The address and the query are checked
    /// earlier (UseKnownCharsets); form fields of pages where the form is read (UnreadableFormFilter), with the page's own limits.
    /// </summary>
    public static IApplicationBuilder UseTextGuards(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.Features.Get<IStatusCodeReExecuteFeature>() is not null || ctx.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            await next();
            return;
        }
        var api = ctx.Request.Path.StartsWithSegments("/api");
        var refused = api ? await RefusedInJsonAsync(ctx) : await RefusedInUrlEncodedFormAsync(ctx);
        if (refused is not null)
        {
            await RefuseAsync(ctx, refused, api);
            return;
        }
        await next();
    });

    /// <summary>Marks an endpoint that reads a JSON body as a file and reports refused characters itself (the offer import).</summary>
    public sealed class ChecksOwnText;

    /// <summary>Why a request's text was refused: the field, as the caller named it, and the reason in German.</summary>
    public sealed record RefusedText(string Field, string Reason)
    {
        public int Status { get; init; } = StatusCodes.Status400BadRequest;
        public string Message => $"Das Feld „{Field}“ ist ungültig: {Reason}";
    }

    private static RefusedText? RefusedInAddress(HttpRequest request)
    {
        if (ControlCharacters.Problem(request.Path.Value) is { } path) return new("Adresse", path);
        foreach (var (key, values) in request.Query)
            if (Refused(key, values, "des Parameters", () => key) is { } refused) return refused;
        return null;
    }

    private static async Task<RefusedText?> RefusedInJsonAsync(HttpContext ctx)
    {
        var request = ctx.Request;
        // Some endpoints read the body as JSON whatever its content type says, so every body is looked at; one that is no JSON passes.
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || request.ContentLength == 0 || request.HasFormContentType
            || ctx.GetEndpoint()?.Metadata.GetMetadata<ChecksOwnText>() is not null)
            return null;
        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, ctx.RequestAborted);
            body = buffer.ToArray();
        }
        catch (BadHttpRequestException e)
        {
            return new("body", e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Die Anfrage ist zu groß." : "Der Body konnte nicht gelesen werden.")
            {
                Status = e.StatusCode,
            };
        }
        // The endpoint reads the same bytes again.
        request.Body = new MemoryStream(body, writable: false);
        return JsonText.FindRefused(body) is { } finding ? new(finding.Field, finding.Reason) : null;
    }

    /// <summary>
    /// A form field with %00: ASP.NET's form reader refuses to decode it at all, so the page would only learn "unreadable".
    /// The raw form is looked at first to name the field; the page reads the same bytes afterwards.
    /// </summary>
    private static async Task<RefusedText?> RefusedInUrlEncodedFormAsync(HttpContext ctx)
    {
        var request = ctx.Request;
        if (!HttpMethods.IsPost(request.Method) || !MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            return null;
        request.EnableBuffering();
        string body;
        try
        {
            using var reader = new StreamReader(request.Body, Encoding.Latin1, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            body = await reader.ReadToEndAsync(ctx.RequestAborted);
        }
        catch (BadHttpRequestException)
        {
            return null; // Too large or cut off: the form reader reports it.
        }
        finally
        {
            request.Body.Position = 0;
        }
        if (!body.Contains('%')) return null;
        var model = ctx.GetEndpoint()?.Metadata.GetMetadata<CompiledPageActionDescriptor>()?.ModelTypeInfo?.AsType();
        foreach (var pair in body.Split('&'))
        {
            var parts = pair.Split('=', 2);
            if (Decoded(parts[0]) is not { } key) continue;
            if (Refused(key, parts.Length == 2 ? [Decoded(parts[1])] : [], "des Feldes", () => Label(model, key)) is { } refused) return refused;
        }
        return null;
    }

    /// <summary>A refused character in the name of a parameter or field, or in one of its values; the label is looked up only then.</summary>
    private static RefusedText? Refused(string name, IEnumerable<string?> values, string nameOf, Func<string> label)
    {
        if (ControlCharacters.IndexOfRefused(name) is var at and >= 0)
            return new(ControlCharacters.Visible(name), $"Der Name {nameOf} enthält {ControlCharacters.Describe(name[at])}.");
        foreach (var value in values)
            if (ControlCharacters.Problem(value) is { } reason) return new(label(), reason);
        return null;
    }

    /// <summary>Form encoding decoded as UTF-8, or null when it is no valid encoding (then the form reader answers).</summary>
    private static string? Decoded(string encoded)
    {
        try
        {
            return Uri.UnescapeDataString(encoded.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    /// <summary>The field's label where the page model gives one ([Display(Name = …)]), else its name in the form.</summary>
    private static string Label(Type? model, string key)
    {
        var property = model is null ? null : PageHandlerFilter.Property(model, key);
        return property?.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? key;
    }

    private static async Task RefuseAsync(HttpContext ctx, RefusedText refused, bool api)
    {
        ctx.Response.StatusCode = refused.Status;
        if (!api)
        {
            // The German error page (re-executed for the status code) explains it.
            ctx.Features.Set(refused);
            return;
        }
        IResult problem = refused.Status == StatusCodes.Status400BadRequest
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { [refused.Field] = [refused.Reason] }, detail: refused.Message, title: "Unzulässiges Zeichen")
            : TypedResults.Problem(statusCode: refused.Status, title: "Anfrage nicht lesbar", detail: refused.Reason);
        await problem.ExecuteAsync(ctx);
    }

    private static bool IsReadable(string contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type)) return false;
        if (!type.Charset.HasValue) return true;
        try
        {
            _ = Encoding.GetEncoding(type.Charset.Value!.Trim('"'));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads the form once before model binding (after the pages' own form limits are set); a body that is no valid
    /// form is answered 400 instead of reaching the page as an exception or as an empty form.
    /// </summary>
    private sealed class UnreadableFormFilter : IAsyncResourceFilter, IOrderedFilter
    {
        public int Order => 1000;

        public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
        {
            var request = context.HttpContext.Request;
            if (request.HasFormContentType && context.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                IFormCollection form;
                try
                {
                    form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
                }
                catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException)
                {
                    context.Result = new BadRequestResult();
                    return;
                }
                if (RefusedInForm(form, context.ActionDescriptor) is { } refused)
                {
                    // Nothing runs: no handler, no binding. The German error page names the field.
                    context.HttpContext.Features.Set(refused);
                    context.Result = new BadRequestResult();
                    return;
                }
            }
            await next();
        }

        private static RefusedText? RefusedInForm(IFormCollection form, Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor action)
        {
            var model = (action as CompiledPageActionDescriptor)?.ModelTypeInfo?.AsType();
            foreach (var (key, values) in form)
                if (Refused(key, values, "des Feldes", () => Label(model, key)) is { } refused) return refused;
            foreach (var file in form.Files)
                if (ControlCharacters.Problem(file.FileName) is { } reason) return new(Label(model, file.Name) + " (Dateiname)", reason);
            return null;
        }

    }

    private sealed class PageHandlerFilter : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            // Without a handler for the method, Razor Pages would render the page without running OnGet: half a page, or a crash.
            var method = context.HttpContext.Request.Method;
            if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
            {
                context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
                return;
            }
            // Page forms send form fields; another body (JSON, say) would bind nothing and pass the handler empty, unvalidated input.
            if (context.HandlerMethod is not null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method)
                && context.HttpContext.Request.ContentType is not null && !context.HttpContext.Request.HasFormContentType
                && context.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                context.Result = new StatusCodeResult(StatusCodes.Status415UnsupportedMediaType);
                return;
            }
            await next();
            ForgetUnconvertibleFlags(context);
        }

        /// <summary>
        /// A checkbox shown again after "ja" could not be read as true/false makes the tag helper throw on the attempted value;
        /// the error stays, the attempted value goes.
        /// </summary>
        private static void ForgetUnconvertibleFlags(PageHandlerExecutingContext context)
        {
            if (context.ModelState.IsValid || context.HandlerInstance is null) return;
            foreach (var (key, entry) in context.ModelState)
            {
                if (entry.Errors.Count == 0 || entry.AttemptedValue is not { } attempted || bool.TryParse(attempted, out _)) continue;
                if (PropertyType(context.HandlerInstance.GetType(), key) is { } type && (Nullable.GetUnderlyingType(type) ?? type) == typeof(bool))
                    context.ModelState.SetModelValue(key, rawValue: null, attemptedValue: null);
            }
        }

        private static Type? PropertyType(Type model, string key)
        {
            var type = Property(model, key)?.PropertyType;
            if (type is null || type == typeof(string) || !key.Split('.')[^1].Contains('[')) return type;
            return type.IsArray ? type.GetElementType() : type.GetGenericArguments().LastOrDefault();
        }

        /// <summary>The property a form key ("Input.Sessions[0].Town") binds to, or null.</summary>
        public static PropertyInfo? Property(Type type, string key)
        {
            Type? current = type;
            PropertyInfo? property = null;
            foreach (var part in key.Split('.'))
            {
                var name = part.Split('[')[0];
                property = current?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                current = property?.PropertyType;
                if (current is null) return null;
                if (part.Contains('[') && current != typeof(string))
                    current = current.IsArray ? current.GetElementType() : current.GetGenericArguments().LastOrDefault();
            }
            return property;
        }
    }
}
