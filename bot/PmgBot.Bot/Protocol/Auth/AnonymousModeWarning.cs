using Microsoft.Extensions.Options;

namespace PmgBot.Bot.Protocol.Auth;

/// <summary>
/// Says once, when the host starts, that anonymous local mode is on (no AppId and <c>AllowAnonymousWithoutAppId</c>):
/// every request without a token is accepted. Once, not per request, so the warning is not lost in its own noise.
/// </summary>
internal sealed class AnonymousModeWarning(IOptions<BotAuthOptions> options, ILogger<AnonymousModeWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.AnonymousAllowed)
        {
            BotAuthLog.AnonymousModeOn(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
