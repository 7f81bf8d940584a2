namespace PmgBot.Cards.Data;

/// <summary>A name (organisation or JPP) with a number of professionals.</summary>
public sealed record CountRowData(string Name, int Count);
