using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Net.Http.Headers;

namespace Weiterbildungsraum.Web.Features.Site;

/// <summary>
/// Requests that cannot be read or answered as sent (an unknown character set, a form that is not a form, a POST to a
/// page without a POST handler) get a 4xx with a German page or problem details, never a 500.
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

    /// <summary>An unknown charset in Content-Type makes every body reader throw; it is refused before any of them runs.</summary>
    public static IApplicationBuilder UseKnownCharsets(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.Features.Get<IStatusCodeReExecuteFeature>() is null && ctx.Request.ContentType is { } contentType && !IsReadable(contentType))
        {
            ctx.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }
        await next();
    });

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
                try
                {
                    await request.ReadFormAsync(context.HttpContext.RequestAborted);
                }
                catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException)
                {
                    context.Result = new BadRequestResult();
                    return;
                }
            }
            await next();
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

        private static Type? PropertyType(Type type, string key)
        {
            Type? current = type;
            foreach (var part in key.Split('.'))
            {
                var name = part.Split('[')[0];
                current = current?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
                if (current is null) return null;
                if (part.Contains('[') && current != typeof(string))
                    current = current.IsArray ? current.GetElementType() : current.GetGenericArguments().LastOrDefault();
            }
            return current;
        }
    }
}
