namespace PmgBot.Core.Directory;

/// <summary>
/// One problem in an import file. <see cref="Row"/> is the 1-based position in the JSON list of
/// <see cref="Section"/>, or for CSV the spreadsheet row (the header is row 1); 0 for the file as a whole.
/// </summary>
public sealed record ImportError(string Section, int Row, string Message)
{
    public override string ToString() => Row > 0 ? $"{Section}, rij {Row}: {Message}" : $"{Section}: {Message}";
}
