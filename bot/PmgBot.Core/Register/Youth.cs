namespace PmgBot.Core.Register;

/// <summary>
/// A youth in the register, known by <see cref="Code"/> (e.g. <c>PMG-J-0017</c>) in every message, summary and
/// notification; the name appears only in cards shown to an authorised user in personal chat.
/// <see cref="NormalizedFirstName"/>/<see cref="NormalizedLastName"/> are written by the Dutch name normaliser and
/// are what matching and lookup search on.
/// </summary>
public sealed class Youth
{
    public long Id { get; set; }
    public required string Code { get; set; }
    public required string FirstName { get; set; }
    public string? Tussenvoegsel { get; set; }
    public required string LastName { get; set; }
    public required string NormalizedFirstName { get; set; }
    public required string NormalizedLastName { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public required string MunicipalityId { get; set; }

    /// <summary>The JPP that owns the youth (normally the JPP of <see cref="MunicipalityId"/>).</summary>
    public required string JppId { get; set; }

    public YouthLevel Level { get; set; }
    public DateTime LevelSinceUtc { get; set; }

    /// <summary>Entra object id of the casusregisseur, if one is appointed.</summary>
    public string? CasusregisseurId { get; set; }

    /// <summary>Entra object id of the procesregisseur (level oranje).</summary>
    public string? ProcesregisseurId { get; set; }

    /// <summary>
    /// The next review date the JPP chose in its latest decision (Amsterdam date); from that day the youth comes back on
    /// the agenda as follow-up until it is discussed again. Null: the review period of its level decides.
    /// </summary>
    public DateOnly? NextReviewDate { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Optimistic concurrency: bumped on every change, so two chairs acting at once cannot both win.</summary>
    public int Version { get; set; }
}
