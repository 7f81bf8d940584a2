namespace PmgBot.Core.Features.Chair;

/// <summary>The inputs of the chair card; their ids are the keys of the verb data (casusregisseur, level, levelReason, procesregisseur, organisation, jpp, shareReason).</summary>
public sealed record ChairInputsData(
    ChairInputData Casusregisseur,
    ChairInputData Level,
    ChairInputData LevelReason,
    ChairInputData Procesregisseur,
    ChairInputData Organisation,
    ChairInputData Jpp,
    ChairInputData ShareReason);
