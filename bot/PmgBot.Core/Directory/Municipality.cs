namespace PmgBot.Core.Directory;

/// <summary>A municipality in the region; each has its own JPP.</summary>
public sealed class Municipality
{
    public required string Id { get; set; }
    public required string Name { get; set; }
}
