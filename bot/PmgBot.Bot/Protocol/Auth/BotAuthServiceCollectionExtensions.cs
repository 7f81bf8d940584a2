using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PmgBot.Bot.Protocol.Auth;

public static class BotAuthServiceCollectionExtensions
{
    /// <summary>
    /// Registers inbound authentication of <c>POST /api/messages</c>: <see cref="BotAuthOptions"/> (section <c>Bot</c>,
    /// validated at start; anonymous mode announced once at start), the <see cref="BotAuthDefaults.Scheme"/> scheme, the <see cref="BotAuthDefaults.Policy"/>
    /// policy and <see cref="IBotChannelValidator"/>. Does not set a default scheme. Map the endpoint with
    /// <c>.RequireAuthorization(BotAuthDefaults.Policy)</c> and call the validator once the activity is parsed.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(
        this IServiceCollection services,
        IConfiguration configuration,
        IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        services.AddOptions<BotAuthOptions>()
            .Bind(configuration.GetSection(BotAuthDefaults.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAuthOptions>>(new BotAuthOptionsValidator(environment));
        services.AddHostedService<AnonymousModeWarning>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(BotAuthDefaults.MetadataHttpClient, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(10);
            client.MaxResponseContentBufferSize = 1024 * 1024;
        });

        services.TryAddSingleton<OpenIdKeySources>();
        services.TryAddSingleton<ValidatedTokenCache>();
        services.TryAddSingleton<BotTokenValidator>();
        services.TryAddSingleton<IBotChannelValidator, BotChannelValidator>();

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, BotAuthenticationHandler>(BotAuthDefaults.Scheme, displayName: null, configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(BotAuthDefaults.Policy, policy => policy
                .AddAuthenticationSchemes(BotAuthDefaults.Scheme)
                .RequireAuthenticatedUser());

        return services;
    }
}
