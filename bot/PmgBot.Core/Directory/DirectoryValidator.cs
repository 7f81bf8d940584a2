using System.Text.RegularExpressions;

namespace PmgBot.Core.Directory;

/// <summary>Checks every row of an import file against itself and the stored directory; collects all errors.</summary>
internal static partial class DirectoryValidator
{
    public const int IdMaxLength = 64;
    public const int NameMaxLength = 200;
    public const int KindMaxLength = 100;
    public const int EmailMaxLength = 320;
    public const int PhoneMaxLength = 40;

    public static (ValidatedDirectory? Directory, IReadOnlyList<ImportError> Errors) Validate(
        DirectoryFile file, StoredDirectory stored, IReadOnlyList<IDirectoryImportSection> sections, DateTime nowUtc)
    {
        var errors = new List<ImportError>();
        var organisations = ValidateOrganisations(file.Organisations, errors);
        var municipalities = ValidateMunicipalities(file.Municipalities, errors);

        var knownMunicipalities = stored.Municipalities.Keys.Concat(municipalities.Select(m => m.Id)).ToHashSet(StringComparer.Ordinal);
        var jpps = ValidateJpps(file.Jpps, knownMunicipalities, errors);
        var knownJpps = stored.Jpps.Keys.Concat(jpps.Select(j => j.Id)).ToHashSet(StringComparer.Ordinal);

        List<Professional>? professionals = null;
        if (file.Professionals is not null)
        {
            var knownOrganisations = stored.Organisations.Keys.Concat(organisations.Select(o => o.Id)).ToHashSet(StringComparer.Ordinal);
            professionals = ValidateProfessionals(file.Professionals, knownOrganisations, knownJpps, errors);
        }

        var checkedSections = new List<ICheckedImportSection>();
        var present = sections.Where(s => file.Sections.ContainsKey(s.Name)).ToList();
        if (present.Count > 0)
        {
            // Checked against the directory as it will be: the file's professionals replace the stored ones.
            var known = (professionals ?? stored.Professionals.Values.AsEnumerable())
                .ToDictionary(p => p.AadObjectId, p => new KnownProfessional(
                    p.AadObjectId, p.Roles, p.Active, p.Jpps.Select(j => j.JppId).ToHashSet(StringComparer.Ordinal)), StringComparer.Ordinal);
            var after = new DirectoryAfterImport(knownJpps, known);
            checkedSections.AddRange(present.Select(section => section.Check(file.Sections[section.Name], after, nowUtc, errors)));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ValidatedDirectory(organisations, municipalities, jpps, professionals, checkedSections), errors);
    }

    private static List<Organisation> ValidateOrganisations(List<OrganisationRow?>? rows, List<ImportError> errors)
    {
        var result = new List<Organisation>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < (rows?.Count ?? 0); i++)
        {
            var row = rows![i];
            var at = new RowContext(ImportSections.Organisations, i + 1, errors);
            if (row is null)
            {
                at.Error("de rij is leeg.");
                continue;
            }

            var id = at.Id(row.Id, seen);
            var name = at.Text(row.Name, "naam", NameMaxLength, required: true);
            var kind = at.Text(row.Kind, "soort", KindMaxLength, required: false);
            if (at.IsValid)
            {
                result.Add(new Organisation { Id = id!, Name = name!, Kind = kind ?? "" });
            }
        }

        return result;
    }

    private static List<Municipality> ValidateMunicipalities(List<MunicipalityRow?>? rows, List<ImportError> errors)
    {
        var result = new List<Municipality>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < (rows?.Count ?? 0); i++)
        {
            var row = rows![i];
            var at = new RowContext(ImportSections.Municipalities, i + 1, errors);
            if (row is null)
            {
                at.Error("de rij is leeg.");
                continue;
            }

            var id = at.Id(row.Id, seen);
            var name = at.Text(row.Name, "naam", NameMaxLength, required: true);
            if (at.IsValid)
            {
                result.Add(new Municipality { Id = id!, Name = name! });
            }
        }

        return result;
    }

    private static List<Jpp> ValidateJpps(List<JppRow?>? rows, HashSet<string> knownMunicipalities, List<ImportError> errors)
    {
        var result = new List<Jpp>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < (rows?.Count ?? 0); i++)
        {
            var row = rows![i];
            var at = new RowContext(ImportSections.Jpps, i + 1, errors);
            if (row is null)
            {
                at.Error("de rij is leeg.");
                continue;
            }

            var id = at.Id(row.Id, seen);
            var name = at.Text(row.Name, "naam", NameMaxLength, required: true);
            var municipality = row.Municipality?.Trim();
            if (string.IsNullOrEmpty(municipality))
            {
                at.Error("gemeente ontbreekt.");
            }
            else if (!knownMunicipalities.Contains(municipality))
            {
                at.Error($"onbekende gemeente '{municipality}'.");
            }

            if (at.IsValid)
            {
                result.Add(new Jpp { Id = id!, Name = name!, MunicipalityId = municipality! });
            }
        }

        return result;
    }

    private static List<Professional> ValidateProfessionals(
        List<ProfessionalRow?> rows, HashSet<string> knownOrganisations, HashSet<string> knownJpps, List<ImportError> errors)
    {
        if (rows.Count == 0)
        {
            errors.Add(new ImportError(ImportSections.Professionals, 0,
                "de lijst is leeg. Een import vervangt de hele lijst; laat het veld professionals weg om professionals ongemoeid te laten."));
            return [];
        }

        var result = new List<Professional>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var at = new RowContext(ImportSections.Professionals, row is { SourceRow: > 0 } ? row.SourceRow : i + 1, errors);
            if (row is null)
            {
                at.Error("de rij is leeg.");
                continue;
            }

            var id = at.AadObjectId(row.AadObjectId, seen);
            var name = at.Text(row.DisplayName, "naam", NameMaxLength, required: true);
            var email = at.Text(row.Email, "e-mailadres", EmailMaxLength, required: false);
            if (email is not null && !EmailPattern().IsMatch(email))
            {
                at.Error($"e-mailadres '{email}' is ongeldig.");
            }

            var phone = at.Text(row.Phone, "telefoonnummer", PhoneMaxLength, required: false);
            if (phone is not null && !PhonePattern().IsMatch(phone))
            {
                at.Error($"telefoonnummer '{phone}' is ongeldig (alleen cijfers, spaties, +, - en haakjes).");
            }

            var organisation = row.Organisation?.Trim();
            if (string.IsNullOrEmpty(organisation))
            {
                at.Error("organisatie ontbreekt.");
            }
            else if (!knownOrganisations.Contains(organisation))
            {
                at.Error($"onbekende organisatie '{organisation}'.");
            }

            var roles = Roles.None;
            foreach (var roleName in row.Roles ?? [])
            {
                if (RoleNames.TryParse(roleName, out var role))
                {
                    roles |= role;
                }
                else
                {
                    at.Error($"onbekende rol '{roleName?.Trim()}'. Bekende rollen: {RoleNames.AllNames}.");
                }
            }

            if (roles == Roles.None && (row.Roles ?? []).All(string.IsNullOrWhiteSpace))
            {
                at.Error($"geen rol opgegeven. Bekende rollen: {RoleNames.AllNames}.");
            }

            var jppIds = new List<string>();
            foreach (var jppText in row.Jpps ?? [])
            {
                var jppId = jppText?.Trim();
                if (string.IsNullOrEmpty(jppId))
                {
                    continue;
                }

                if (!knownJpps.Contains(jppId))
                {
                    at.Error($"onbekende JPP '{jppId}'.");
                }
                else if (!jppIds.Contains(jppId, StringComparer.Ordinal))
                {
                    jppIds.Add(jppId);
                }
            }

            if (at.IsValid)
            {
                result.Add(new Professional
                {
                    AadObjectId = id!,
                    DisplayName = name!,
                    Email = email,
                    Phone = phone,
                    OrganisationId = organisation!,
                    Roles = roles,
                    Active = row.Active ?? true,
                    Jpps = [.. jppIds.Select(j => new ProfessionalJpp { ProfessionalId = id!, JppId = j })],
                });
            }
        }

        return result;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{5,38}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    /// <summary>Collects the errors of one row.</summary>
    private sealed class RowContext(string section, int row, List<ImportError> errors)
    {
        private readonly int _errorsBefore = errors.Count;

        public bool IsValid => errors.Count == _errorsBefore;

        public void Error(string message) => errors.Add(new ImportError(section, row, message));

        public string? Id(string? value, Dictionary<string, int> seen)
        {
            var id = value?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                Error("id ontbreekt.");
                return null;
            }

            return CheckIdentity(id, "id", seen);
        }

        public string? AadObjectId(string? value, Dictionary<string, int> seen)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Error("Entra object-id (aadObjectId) ontbreekt.");
                return null;
            }

            return CheckIdentity(DirectoryIds.NormaliseAadObjectId(value), "Entra object-id", seen);
        }

        public string? Text(string? value, string label, int maxLength, bool required)
        {
            var text = value?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (required)
                {
                    Error($"{label} ontbreekt.");
                }

                return null;
            }

            if (text.Length > maxLength)
            {
                Error($"{label} is langer dan {maxLength} tekens.");
            }

            return text;
        }

        private string? CheckIdentity(string id, string label, Dictionary<string, int> seen)
        {
            if (id.Length > IdMaxLength)
            {
                Error($"{label} '{id}' is langer dan {IdMaxLength} tekens.");
            }

            if (seen.TryGetValue(id, out var first))
            {
                Error($"dubbele {label} '{id}' (ook in rij {first}).");
            }
            else
            {
                seen[id] = row;
            }

            return id;
        }
    }
}
