using Azure.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PmgBot.Core.Connector;

/// <summary>
/// Gets connector tokens from the configured credential and caches them; a token is renewed
/// <see cref="RefreshBefore"/> before it expires. One request at a time goes to the identity platform.
/// </summary>
internal sealed class ConnectorTokenProvider : IConnectorTokenProvider, IDisposable
{
    public static readonly TimeSpan RefreshBefore = TimeSpan.FromMinutes(5);

    private readonly TokenCredential? _credential;
    private readonly string _scope;
    private readonly TimeProvider _time;
    private readonly ILogger<ConnectorTokenProvider> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _cached;

    public ConnectorTokenProvider(
        IOptions<ConnectorOptions> options,
        IConnectorCredentialFactory credentialFactory,
        TimeProvider time,
        ILogger<ConnectorTokenProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(credentialFactory);
        _credential = credentialFactory.Create(options.Value);
        _scope = options.Value.Scope;
        _time = time;
        _logger = logger;
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_credential is null)
        {
            return null;
        }

        if (IsFresh(_cached))
        {
            return _cached!.Value.Token;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (IsFresh(_cached))
            {
                return _cached!.Value.Token;
            }

            var token = await _credential.GetTokenAsync(new TokenRequestContext([_scope]), cancellationToken).ConfigureAwait(false);
            _cached = token;
            ConnectorLog.TokenAcquired(_logger, token.ExpiresOn);
            return token.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private bool IsFresh(AccessToken? token) =>
        token is { } t && _time.GetUtcNow() < t.ExpiresOn - RefreshBefore;
}
