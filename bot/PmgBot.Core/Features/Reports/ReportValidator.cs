using System.Globalization;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Reports;

/// <summary>
/// Checks a submitted <c>report</c> card field by field and says in Dutch what is wrong with each; nothing is stored
/// until every field is right. Pure: the municipalities and today's date (Europe/Amsterdam) are given.
/// </summary>
public static class ReportValidator
{
    public const int MaxFirstName = 100;
    public const int MaxTussenvoegsel = 40;
    public const int MaxLastName = 150;
    public const int MaxSchool = 200;
    public const int MaxGroupOrLocation = 200;
    public const int MaxDescription = 2000;
    public const int MaxNotInformedReason = 500;
    public const int MinAge = 8;
    public const int MaxAge = 27;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static ReportValidation Validate(string idempotencyKey, ReportForm form, IReadOnlyCollection<string> municipalityIds, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(municipalityIds);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);

        var subject = Choice(form.Subject, ReportFormValues.Subjects.Select(s => (s.Value, s.Subject)));
        if (subject is null)
        {
            errors[ReportFields.Subject] = "Kies waar de melding over gaat: een jongere, een groep of een locatie.";
        }

        string? firstName = null, tussenvoegsel = null, lastName = null, school = null, groupOrLocation = null;
        DateOnly? dateOfBirth = null;
        var askAge = false;
        if (subject == ReportSubject.Jongere)
        {
            firstName = Required(form.FirstName, MaxFirstName, ReportFields.FirstName, "Vul de voornaam in.", "De voornaam", errors);
            tussenvoegsel = Optional(form.Tussenvoegsel, MaxTussenvoegsel, ReportFields.Tussenvoegsel, "Het tussenvoegsel", errors);
            lastName = Required(form.LastName, MaxLastName, ReportFields.LastName, "Vul de achternaam in.", "De achternaam", errors);
            school = Optional(form.School, MaxSchool, ReportFields.School, "De naam van de school", errors);
            dateOfBirth = DateOfBirth(form, today, errors, out askAge);
        }
        else if (subject is ReportSubject.Groep or ReportSubject.Locatie)
        {
            var missing = subject == ReportSubject.Groep ? "Geef de groep een korte naam." : "Vul de naam van de plek in.";
            groupOrLocation = Required(form.GroupOrLocation, MaxGroupOrLocation, ReportFields.GroupOrLocation, missing, "De naam van de groep of plek", errors);
        }

        var municipality = Trimmed(form.Municipality);
        if (municipality is null)
        {
            errors[ReportFields.Municipality] = "Kies een gemeente.";
        }
        else if (!municipalityIds.Contains(municipality))
        {
            errors[ReportFields.Municipality] = "Kies een gemeente uit de lijst.";
        }

        var kind = Choice(form.Kind, ReportFormValues.Kinds.Select(k => (k.Value, k.Kind)));
        if (kind is null)
        {
            errors[ReportFields.Kind] = "Kies of het een zorgsignaal of een veiligheidssignaal is.";
        }

        var context = Choice(form.Context, ReportFormValues.Contexts.Select(c => (c.Value, c.Context)));
        if (context is null)
        {
            errors[ReportFields.Context] = "Kies waar het signaal vandaan komt: school, straat, thuis of online.";
        }

        var concerns = Concerns(form.Concerns, errors);

        var description = Required(form.Description, MaxDescription, ReportFields.Description, "Vul een beschrijving in.", null, errors);

        var urgency = Choice(form.Urgency, ReportFormValues.Urgencies.Select(u => (u.Value, u.Urgency)));
        if (urgency is null)
        {
            errors[ReportFields.Urgency] = "Kies of de melding spoed heeft.";
        }

        var informed = Choice(form.Informed, [(ReportFormValues.Yes, true), (ReportFormValues.No, false)]);
        string? reason = null;
        if (informed is null)
        {
            errors[ReportFields.Informed] = "Geef aan of de jongere en de ouders van de melding weten.";
        }
        else if (informed == false)
        {
            reason = Required(form.NotInformedReason, MaxNotInformedReason, ReportFields.NotInformedReason,
                "Geef aan waarom jongere en ouders het niet weten.", "De reden", errors);
        }

        if (errors.Count > 0)
        {
            return new ReportValidation(null, errors, askAge);
        }

        var submission = new ReportSubmission(
            idempotencyKey, subject!.Value, firstName, tussenvoegsel, lastName, dateOfBirth, school, groupOrLocation,
            municipality!, kind!.Value, context!.Value, concerns, description!, urgency!.Value, informed!.Value, reason);
        return new ReportValidation(submission, errors, askAge);
    }

    /// <summary>"2.134" (Dutch thousands separator).</summary>
    public static string Count(int value) => value.ToString("N0", Dutch);

    private static DateOnly? DateOfBirth(ReportForm form, DateOnly today, Dictionary<string, string> errors, out bool askAge)
    {
        askAge = false;
        var text = Trimmed(form.DateOfBirth);
        if (text is null)
        {
            errors[ReportFields.DateOfBirth] = "Vul de geboortedatum in.";
            return null;
        }

        if (!DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors[ReportFields.DateOfBirth] = "Deze geboortedatum bestaat niet. Kies de datum met de datumkiezer.";
            return null;
        }

        if (date > today)
        {
            errors[ReportFields.DateOfBirth] = "De geboortedatum ligt in de toekomst.";
            return null;
        }

        var age = AgeOn(date, today);
        if (age > 120)
        {
            errors[ReportFields.DateOfBirth] = "Deze geboortedatum ligt te ver in het verleden.";
            return null;
        }

        if (age is < MinAge or > MaxAge)
        {
            askAge = true;
            if (!string.Equals(Trimmed(form.AgeConfirmed), "true", StringComparison.OrdinalIgnoreCase))
            {
                errors[ReportFields.AgeConfirmed] = string.Create(Dutch,
                    $"Volgens deze geboortedatum is de jongere {age} jaar. PmgBot is voor jongeren van {MinAge} tot en met {MaxAge} jaar. Klopt de datum toch? Vink dan 'De leeftijd klopt' aan.");
            }
        }

        return date;
    }

    /// <summary>Age in whole years on <paramref name="today"/>.</summary>
    public static int AgeOn(DateOnly dateOfBirth, DateOnly today)
    {
        var age = today.Year - dateOfBirth.Year;
        return dateOfBirth.AddYears(age) > today ? age - 1 : age;
    }

    private static ConcernTypes Concerns(string? value, Dictionary<string, string> errors)
    {
        var parts = (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            errors[ReportFields.Concerns] = "Kies minstens één soort zorg (of 'Anders').";
            return ConcernTypes.None;
        }

        var concerns = ConcernTypes.None;
        foreach (var part in parts)
        {
            var match = ReportFormValues.Concerns.FirstOrDefault(c => string.Equals(c.Value, part, StringComparison.Ordinal));
            if (match.Value is null)
            {
                errors[ReportFields.Concerns] = "Kies de soorten zorg uit de lijst.";
                return ConcernTypes.None;
            }

            concerns |= match.Concern;
        }

        return concerns;
    }

    private static string? Required(string? value, int max, string field, string missing, string? tooLongSubject, Dictionary<string, string> errors)
    {
        var text = Trimmed(value);
        if (text is null)
        {
            errors[field] = missing;
            return null;
        }

        return Limited(text, max, field, tooLongSubject, errors);
    }

    private static string? Optional(string? value, int max, string field, string tooLongSubject, Dictionary<string, string> errors)
    {
        var text = Trimmed(value);
        return text is null ? null : Limited(text, max, field, tooLongSubject, errors);
    }

    private static string? Limited(string text, int max, string field, string? subject, Dictionary<string, string> errors)
    {
        if (text.Length <= max)
        {
            return text;
        }

        errors[field] = subject is null
            ? $"De beschrijving is te lang ({Count(text.Length)} tekens, maximaal {Count(max)})."
            : $"{subject} is te lang ({Count(text.Length)} tekens, maximaal {Count(max)}).";
        return null;
    }

    private static T? Choice<T>(string? value, IEnumerable<(string Value, T Result)> options)
        where T : struct
    {
        var text = Trimmed(value);
        foreach (var (optionValue, result) in options)
        {
            if (string.Equals(optionValue, text, StringComparison.Ordinal))
            {
                return result;
            }
        }

        return null;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
