using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PmgBot.Cards;

public static class CardsServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ICardRenderer"/> (a singleton; templates are loaded once and cached).</summary>
    public static IServiceCollection AddCards(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ICardRenderer, CardRenderer>();
        return services;
    }
}
