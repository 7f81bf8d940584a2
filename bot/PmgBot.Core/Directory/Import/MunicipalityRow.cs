namespace PmgBot.Core.Directory.Import;

internal sealed class MunicipalityRow
{
    public string? Id { get; set; }
    public string? Name { get; set; }
}
