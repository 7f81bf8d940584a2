using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Directory;
using PmgBot.Tests.Storage;

namespace PmgBot.Tests.DirectoryTests;

/// <summary>Small import files for the directory tests and a helper to import them.</summary>
internal static class DirectoryFiles
{
    /// <summary>Two organisations, two municipalities with a JPP each, no professionals.</summary>
    public const string Base = """
        {
          "organisations": [
            { "id": "politie", "name": "Politie basisteam", "kind": "politie" },
            { "id": "school", "name": "Testschool (fictief)", "kind": "school" }
          ],
          "municipalities": [ { "id": "heerlen", "name": "Heerlen" }, { "id": "kerkrade", "name": "Kerkrade" } ],
          "jpps": [
            { "id": "jpp-heerlen", "name": "JPP Heerlen", "municipality": "heerlen" },
            { "id": "jpp-kerkrade", "name": "JPP Kerkrade", "municipality": "kerkrade" }
          ]
        }
        """;

    public static string WithProfessionals(params string[] professionals) =>
        Base.TrimEnd().TrimEnd('}').TrimEnd() + ",\n  \"professionals\": [\n    " + string.Join(",\n    ", professionals) + "\n  ]\n}";

    public static string Professional(string id, string name, string organisation = "politie", string roles = "\"melder\"", string jpps = "\"jpp-heerlen\"") =>
        $$"""{ "aadObjectId": "{{id}}", "displayName": "{{name}}", "email": "{{name.ToLowerInvariant().Replace(' ', '.')}}@test.example", "phone": "06-12345678", "organisation": "{{organisation}}", "roles": [{{roles}}], "jpps": [{{jpps}}] }""";

    public static async Task<ImportResult> ImportAsync(TestDatabase database, string content, ImportFormat format = ImportFormat.Json)
    {
        await using var scope = database.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<DirectoryImporter>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
        return await importer.ImportAsync(stream, format, CancellationToken.None);
    }
}
