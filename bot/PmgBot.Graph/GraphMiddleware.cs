using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace PmgBot.Graph;

/// <summary>
/// The SDK's default middleware for the named HTTP client. A <see cref="GraphServiceClient"/> built on a given
/// HttpClient uses it as it is, without adding handlers, so without these there would be no retry handler at all.
/// Its RetryHandler (429/503/504, Retry-After honoured, else exponential) is the only retry layer.
/// </summary>
internal static class GraphMiddleware
{
    public static IList<DelegatingHandler> Create(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handlers = GraphClientFactory.CreateDefaultHandlers(new GraphClientOptions());
        var retry = handlers.OfType<RetryHandler>().Single();
        handlers[handlers.IndexOf(retry)] = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = options.MaxRetries,
            Delay = options.RetryDelaySeconds,
        });
        retry.Dispose();
        return handlers;
    }
}
