namespace PmgBot.Core.Directory;

internal sealed class OrganisationRow
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
}
