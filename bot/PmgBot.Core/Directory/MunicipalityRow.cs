namespace PmgBot.Core.Directory;

internal sealed class MunicipalityRow
{
    public string? Id { get; set; }
    public string? Name { get; set; }
}
