namespace PmgBot.Core.Directory;

/// <summary>A partner organisation (police, Halt, youth work, a school, …).</summary>
public sealed class Organisation
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string Kind { get; set; } = "";
}
