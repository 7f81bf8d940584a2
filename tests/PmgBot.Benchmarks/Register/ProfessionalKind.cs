namespace PmgBot.Benchmarks.Register;

public enum ProfessionalKind
{
    /// <summary>Voorzitter of the JPP (ZVH).</summary>
    Chair,

    /// <summary>Procesregisseur of the JPP (ZVH).</summary>
    Procesregisseur,

    /// <summary>Casusregisseur (youth work, youth probation): appointed to youths, organisation involved in them.</summary>
    Casusregisseur,

    /// <summary>Reporter (school, police, truancy office, municipality): melder and often deelnemer JPP.</summary>
    Reporter,
}
