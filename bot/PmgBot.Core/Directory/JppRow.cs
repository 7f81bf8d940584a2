namespace PmgBot.Core.Directory;

internal sealed class JppRow
{
    public string? Id { get; set; }
    public string? Name { get; set; }

    /// <summary>Id of the municipality the JPP belongs to.</summary>
    public string? Municipality { get; set; }
}
