using PmgBot.Core.Connector;

namespace PmgBot.Tests.Connector;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 21, 7, 28, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2", 2.0)]
    [InlineData("0", 0.0)]
    [InlineData("120", 120.0)]
    [InlineData("Wed, 21 Oct 2026 07:28:05 GMT", 5.0)]
    [InlineData("Wed, 21 Oct 2026 07:29:00 GMT", 60.0)]
    [InlineData("Wed, 21 Oct 2026 07:27:00 GMT", 0.0)]
    public void Parse_ValidHeader_ReturnsWait(string header, double expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RetryAfter.Parse(header, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("1.5")]
    public void Parse_MissingOrInvalidHeader_ReturnsNull(string? header)
    {
        Assert.Null(RetryAfter.Parse(header, Now));
    }
}
