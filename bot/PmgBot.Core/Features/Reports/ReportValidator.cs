using System.Globalization;
using PmgBot.Cards.Localization;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Reports;

/// <summary>
/// Checks a submitted <c>report</c> card field by field and says in the turn's language what is wrong with each; nothing is stored
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
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static ReportValidation Validate(string idempotencyKey, ReportForm form, IReadOnlyCollection<string> municipalityIds, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(municipalityIds);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);

        var subject = Choice(form.Subject, ReportFormValues.Subjects.Select(s => (s.Value, s.Subject)));
        if (subject is null)
        {
            errors[ReportFields.Subject] = ReportTexts.SubjectMissing;
        }

        string? firstName = null, tussenvoegsel = null, lastName = null, school = null, groupOrLocation = null;
        DateOnly? dateOfBirth = null;
        var askAge = false;
        if (subject == ReportSubject.Jongere)
        {
            firstName = Required(form.FirstName, MaxFirstName, ReportFields.FirstName, ReportTexts.FirstNameMissing, ReportTexts.FirstNameSubject, errors);
            tussenvoegsel = Optional(form.Tussenvoegsel, MaxTussenvoegsel, ReportFields.Tussenvoegsel, ReportTexts.TussenvoegselSubject, errors);
            lastName = Required(form.LastName, MaxLastName, ReportFields.LastName, ReportTexts.LastNameMissing, ReportTexts.LastNameSubject, errors);
            school = Optional(form.School, MaxSchool, ReportFields.School, ReportTexts.SchoolSubject, errors);
            dateOfBirth = DateOfBirth(form, today, errors, out askAge);
        }
        else if (subject is ReportSubject.Groep or ReportSubject.Locatie)
        {
            var missing = subject == ReportSubject.Groep ? ReportTexts.GroupNameMissing : ReportTexts.PlaceNameMissing;
            groupOrLocation = Required(form.GroupOrLocation, MaxGroupOrLocation, ReportFields.GroupOrLocation, missing, ReportTexts.GroupOrLocationSubject, errors);
        }

        var municipality = Trimmed(form.Municipality);
        if (municipality is null)
        {
            errors[ReportFields.Municipality] = ReportTexts.MunicipalityMissing;
        }
        else if (!municipalityIds.Contains(municipality))
        {
            errors[ReportFields.Municipality] = ReportTexts.MunicipalityUnknown;
        }

        var kind = Choice(form.Kind, ReportFormValues.Kinds.Select(k => (k.Value, k.Kind)));
        if (kind is null)
        {
            errors[ReportFields.Kind] = ReportTexts.KindMissing;
        }

        var context = Choice(form.Context, ReportFormValues.Contexts.Select(c => (c.Value, c.Context)));
        if (context is null)
        {
            errors[ReportFields.Context] = ReportTexts.ContextMissing;
        }

        var concerns = Concerns(form.Concerns, errors);

        var description = Required(form.Description, MaxDescription, ReportFields.Description, ReportTexts.DescriptionMissing, null, errors);

        var urgency = Choice(form.Urgency, ReportFormValues.Urgencies.Select(u => (u.Value, u.Urgency)));
        if (urgency is null)
        {
            errors[ReportFields.Urgency] = ReportTexts.UrgencyMissing;
        }

        var informed = Choice(form.Informed, [(ReportFormValues.Yes, true), (ReportFormValues.No, false)]);
        string? reason = null;
        if (informed is null)
        {
            errors[ReportFields.Informed] = ReportTexts.InformedMissing;
        }
        else if (informed == false)
        {
            reason = Required(form.NotInformedReason, MaxNotInformedReason, ReportFields.NotInformedReason,
                ReportTexts.NotInformedReasonMissing, ReportTexts.NotInformedReasonSubject, errors);
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

    /// <summary>"2.134" (Dutch thousands separator; English "2,134").</summary>
    public static string Count(int value) => value.ToString("N0", BotLanguage.IsEnglish ? English : Dutch);

    private static DateOnly? DateOfBirth(ReportForm form, DateOnly today, Dictionary<string, string> errors, out bool askAge)
    {
        askAge = false;
        var text = Trimmed(form.DateOfBirth);
        if (text is null)
        {
            errors[ReportFields.DateOfBirth] = ReportTexts.DateOfBirthMissing;
            return null;
        }

        if (!DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors[ReportFields.DateOfBirth] = ReportTexts.DateOfBirthInvalid;
            return null;
        }

        if (date > today)
        {
            errors[ReportFields.DateOfBirth] = ReportTexts.DateOfBirthInFuture;
            return null;
        }

        var age = AgeOn(date, today);
        if (age > 120)
        {
            errors[ReportFields.DateOfBirth] = ReportTexts.DateOfBirthTooOld;
            return null;
        }

        if (age is < MinAge or > MaxAge)
        {
            askAge = true;
            if (!string.Equals(Trimmed(form.AgeConfirmed), "true", StringComparison.OrdinalIgnoreCase))
            {
                errors[ReportFields.AgeConfirmed] = ReportTexts.AgeOutsideRange(age, MinAge, MaxAge);
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
            errors[ReportFields.Concerns] = ReportTexts.ConcernsMissing;
            return ConcernTypes.None;
        }

        var concerns = ConcernTypes.None;
        foreach (var part in parts)
        {
            var match = ReportFormValues.Concerns.FirstOrDefault(c => string.Equals(c.Value, part, StringComparison.Ordinal));
            if (match.Value is null)
            {
                errors[ReportFields.Concerns] = ReportTexts.ConcernsUnknown;
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
            ? ReportTexts.DescriptionTooLong(Count(text.Length), Count(max))
            : ReportTexts.TooLong(subject, Count(text.Length), Count(max));
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
