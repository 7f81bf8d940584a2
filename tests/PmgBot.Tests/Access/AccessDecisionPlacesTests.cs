using PmgBot.Tests.Cards;

namespace PmgBot.Tests.Access;

/// <summary>Every access decision goes through the one access service: the matrix is asked only by AccessService.</summary>
public sealed class AccessDecisionPlacesTests
{
    [Fact]
    public void ProductCode_AccessMatrixAllows_OnlyInAccessService()
    {
        var callers = new[] { "bot", "jobs", "cards" }
            .Select(folder => Path.Combine(RepoPaths.Root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => File.ReadAllText(file).Contains("AccessMatrix.Allows(", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/'))
            .ToList();

        Assert.Equal(["bot/PmgBot.Core/Access/AccessService.cs"], callers);
    }
}
