namespace PmgBot.Core.Features.Register.Matching;

/// <summary>
/// A name as typed or stored, before normalisation. Particles (tussenvoegsels such as "van der") may be in
/// <paramref name="Tussenvoegsel"/> or at the start of <paramref name="LastName"/>; <see cref="DutchNameNormalizer"/>
/// gives the same result for both.
/// </summary>
/// <param name="FirstName">Given name(s), e.g. "Jan-Willem".</param>
/// <param name="Tussenvoegsel">Particles, e.g. "van der"; null or empty when there are none.</param>
/// <param name="LastName">Surname, e.g. "Berg", "van der Berg", "Jansen-de Vries".</param>
public sealed record PersonName(string FirstName, string? Tussenvoegsel, string LastName);
