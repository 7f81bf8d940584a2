using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Features.Meetings.Registration;

namespace PmgBot.Tests.Features.Meetings;

/// <summary>The <c>Meetings</c> settings are checked when the host starts (ValidateOnStart), each with its range.</summary>
public sealed class MeetingOptionsTests
{
    [Theory]
    [InlineData("PlanWeeksAhead", "0")]
    [InlineData("PlanWeeksAhead", "53")]
    [InlineData("ReviewWeeksGroen", "0")]
    [InlineData("ReviewWeeksOranje", "53")]
    [InlineData("ReviewWeeksRood", "-1")]
    [InlineData("MinutesNieuw", "0")]
    [InlineData("MinutesVervolg", "241")]
    [InlineData("MinutesOpAfschalen", "0")]
    [InlineData("DigestRemindHours", "0")]
    [InlineData("DigestRemindHours", "25")]
    public void AddMeetings_ValueOutOfRange_FailsWithTheSettingsName(string key, string value)
    {
        using var services = Build(new() { [$"Meetings:{key}"] = value });

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MeetingOptions>>().Value);

        Assert.Contains(key, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMeetings_NoSettings_UsesTheDefaults()
    {
        using var services = Build(new());

        var options = services.GetRequiredService<IOptions<MeetingOptions>>().Value;

        Assert.Equal((8, 6, 4, 8, 10, 5, 15, 3),
            (options.PlanWeeksAhead, options.ReviewWeeksGroen, options.ReviewWeeksOranje, options.ReviewWeeksRood,
             options.MinutesNieuw, options.MinutesVervolg, options.MinutesOpAfschalen, options.DigestRemindHours));
    }

    [Theory]
    [InlineData(null, null, 2)]
    [InlineData(null, 3, 3)]
    [InlineData(5, 3, 5)]
    [InlineData(1, null, 1)]
    public void DigestWorkingDaysFor_SeriesThenJppSettingThenDefault(int? series, int? jppSetting, int expected)
    {
        var options = new MeetingOptions();
        if (jppSetting is { } days)
        {
            options.DigestWorkingDaysByJpp["jpp-heerlen"] = days;
        }

        Assert.Equal(expected, options.DigestWorkingDaysFor("jpp-heerlen", series));
    }

    [Fact]
    public void AddMeetings_RegistersTheStartValidation()
    {
        var services = new ServiceCollection().AddMeetings();

        Assert.Contains(services, d => d.ServiceType == typeof(IStartupValidator));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddMeetings().BuildServiceProvider();
    }
}
