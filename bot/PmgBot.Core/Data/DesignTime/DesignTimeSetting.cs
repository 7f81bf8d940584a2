namespace PmgBot.Core.Data.DesignTime;

/// <summary>Reads a design-time connection string from the environment (the EF tools pass no host configuration).</summary>
internal static class DesignTimeSetting
{
    public static string Read(string variable, string fallback)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrWhiteSpace(value) ? fallback : value;
    }
}
