namespace PmgBot.Benchmarks.Register;

/// <summary>A fictional professional of the register benchmark's directory; <see cref="Kind"/> says what the load uses it for.</summary>
public sealed record BenchProfessional(string AadObjectId, string DisplayName, string OrganisationId, string JppId, string MunicipalityId, ProfessionalKind Kind);
