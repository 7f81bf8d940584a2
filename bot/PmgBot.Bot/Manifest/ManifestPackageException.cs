namespace PmgBot.Bot.Manifest;

/// <summary>The Teams app package cannot be built; the message is Dutch and meant for the operator.</summary>
public sealed class ManifestPackageException : Exception
{
    public ManifestPackageException()
    {
    }

    public ManifestPackageException(string message)
        : base(message)
    {
    }

    public ManifestPackageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
