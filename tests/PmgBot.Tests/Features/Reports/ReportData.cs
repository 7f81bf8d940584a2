using System.Globalization;
using System.Text.Json.Nodes;
using PmgBot.Core.Features.Reports;

namespace PmgBot.Tests.Features.Reports;

/// <summary>The data of a <c>report.submit</c> as Teams sends it (card data merged with every input).</summary>
internal static class ReportData
{
    public const string Description = "Verzuimt al twee weken en wordt na school opgehaald door oudere jongens.";

    /// <summary>A youth report that passes validation, for a youth of <paramref name="age"/> today.</summary>
    public static JsonObject ValidYouth(string? cardId = null, int age = 14) => new()
    {
        ["cardId"] = cardId ?? Guid.NewGuid().ToString(),
        ["cardVersion"] = ReportCardData.CurrentVersion,
        ["subject"] = "jongere",
        ["firstName"] = "Daan",
        ["tussenvoegsel"] = "van der",
        ["lastName"] = "Berg",
        ["dateOfBirth"] = BirthDateForAge(age),
        ["ageConfirmed"] = "false",
        ["municipality"] = "heerlen",
        ["school"] = "",
        ["groupOrLocation"] = "",
        ["kind"] = "zorg",
        ["context"] = "school",
        ["concerns"] = "schoolverzuim,drugs",
        ["description"] = Description,
        ["urgency"] = "normaal",
        ["informed"] = "ja",
        ["notInformedReason"] = "",
    };

    public static JsonObject ValidGroup(string? cardId = null) => ValidYouth(cardId)
        .With("subject", "groep")
        .With("firstName", "")
        .With("tussenvoegsel", "")
        .With("lastName", "")
        .With("dateOfBirth", "")
        .With("groupOrLocation", "Groep bij het winkelcentrum")
        .With("kind", "veiligheid")
        .With("context", "straat")
        .With("concerns", "overlast,geweld");

    /// <summary>A copy with one value replaced (null: the value removed).</summary>
    public static JsonObject With(this JsonObject data, string name, JsonNode? value)
    {
        var copy = data.DeepClone().AsObject();
        if (value is null)
        {
            copy.Remove(name);
        }
        else
        {
            copy[name] = value;
        }

        return copy;
    }

    /// <summary>A date of birth (yyyy-MM-dd) that makes the youth <paramref name="age"/> today (mid-year, whatever the date).</summary>
    public static string BirthDateForAge(int age)
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        return today.AddYears(-age).AddDays(-100).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public static string FutureDate() =>
        DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
