using Microsoft.Extensions.DependencyInjection;
using PmgBot.Cards;

namespace PmgBot.Tests.Cards;

public sealed class CardsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddCards_Resolve_SingletonCardRenderer()
    {
        using var provider = new ServiceCollection().AddCards().AddCards().BuildServiceProvider();

        var first = provider.GetRequiredService<ICardRenderer>();

        Assert.IsType<CardRenderer>(first);
        Assert.Same(first, provider.GetRequiredService<ICardRenderer>());
    }
}
