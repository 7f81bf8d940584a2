using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PmgBot.Core.Access;

namespace PmgBot.Tests.Access;

public sealed class TenantOptionsTests
{
    [Fact]
    public void AddAccess_TenantListInJson_IsBound()
    {
        using var services = Build("""{ "Access": { "AllowedTenantIds": [ "t-1", "t-2" ] } }""");

        Assert.Equal(["t-1", "t-2"], services.GetRequiredService<IOptions<TenantOptions>>().Value.AllowedTenantIds);
    }

    [Theory]
    [InlineData("""{ }""", "AllowedTenantIds is empty")]
    [InlineData("""{ "Access": { "AllowedTenantIds": [] } }""", "AllowedTenantIds is empty")]
    [InlineData("""{ "Access": { "AllowedTenantIds": [ "t-1", " " ] } }""", "contains an empty entry")]
    public void AddAccess_MissingOrBlankTenants_FailsValidationAtStart(string json, string expected)
    {
        using var services = Build(json);

        // ValidateOnStart: the host runs every IStartupValidator before it starts.
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(string json)
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))).Build();
        return new ServiceCollection().AddLogging().AddAccess(configuration).BuildServiceProvider();
    }
}
