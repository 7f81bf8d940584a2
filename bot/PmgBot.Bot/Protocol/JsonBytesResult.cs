namespace PmgBot.Bot.Protocol;

/// <summary>An HTTP answer with a status and a body that is UTF-8 JSON already (<see cref="Routing.BotHttpResponse.Body"/>).</summary>
internal sealed class JsonBytesResult(int status, byte[] body) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = "application/json";
        httpContext.Response.ContentLength = body.Length;
        return httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
