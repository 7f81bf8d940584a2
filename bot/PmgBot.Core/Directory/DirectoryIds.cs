namespace PmgBot.Core.Directory;

public static class DirectoryIds
{
    /// <summary>Entra object ids are GUIDs (case-insensitive); they are stored and looked up trimmed and lower-case.</summary>
    public static string NormaliseAadObjectId(string aadObjectId)
    {
        ArgumentNullException.ThrowIfNull(aadObjectId);
        return aadObjectId.Trim().ToLowerInvariant();
    }
}
