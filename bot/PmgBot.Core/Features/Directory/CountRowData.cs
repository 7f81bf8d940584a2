namespace PmgBot.Core.Features.Directory;

/// <summary>A name (organisation or JPP) with a number of professionals.</summary>
public sealed record CountRowData(string Name, int Count);
