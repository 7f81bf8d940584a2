
using PmgBot.Core.Features.Register.Matching;

namespace PmgBot.Tests.Features.Register.Matching;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("jansen", "jansen", 0, true)]
    [InlineData("jansen", "janssen", 0, false)]
    [InlineData("jansen", "janssen", 1, true)]
    [InlineData("bakker", "baker", 1, true)]
    [InlineData("mohamed", "muhammad", 2, false)]
    [InlineData("mohamed", "muhammad", 3, true)]
    [InlineData("mohammed", "muhammad", 2, true)]
    [InlineData("mohammed", "muhammad", 1, false)]
    [InlineData("sanne", "snane", 1, true)]
    [InlineData("ca", "abc", 2, false)]
    [InlineData("ca", "abc", 3, true)]
    [InlineData("", "jan", 3, true)]
    [InlineData("", "jan", 2, false)]
    [InlineData("jan", "janneke", 2, false)]
    public void IsWithin_Pair_ComparesOptimalStringAlignmentDistance(string a, string b, int max, bool expected)
    {
        Assert.Equal(expected, EditDistance.IsWithin(a, b, max));
        Assert.Equal(expected, EditDistance.IsWithin(b, a, max));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void IsWithin_NamesLongerThanStackBuffer_UsesPooledBuffer(int typos, bool expected)
    {
        var a = new string('a', 80) + "bc";
        var b = new string('a', 80) + (typos switch { 0 => "bc", 1 => "cb", _ => "xy" });

        Assert.Equal(expected, EditDistance.IsWithin(a, b, 1));
    }
}
