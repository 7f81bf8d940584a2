namespace PmgBot.Core.Features.Register.Matching;

/// <summary>
/// A name in the canonical form produced by <see cref="DutchNameNormalizer.Normalize"/> and stored in the
/// register's <c>NormalizedFirstName</c> / <c>NormalizedLastName</c> columns.
/// </summary>
/// <param name="First">Given name(s): lower case, no diacritics, no apostrophes, single spaces, hyphens without
/// spaces around them ("jan-willem").</param>
/// <param name="Last">Surname without any particles. A double surname is its parts, each without particles,
/// joined by a single '-' in the order given ("Jansen-de Vries" → "jansen-vries").</param>
/// <param name="Particles">The particles that were removed, in order, separated by single spaces ("van der");
/// informational only, never used for matching.</param>
public sealed record NormalizedName(string First, string Last, string Particles);
