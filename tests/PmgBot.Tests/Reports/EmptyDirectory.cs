using PmgBot.Core.Directory;

namespace PmgBot.Tests.Reports;

/// <summary>A directory without members (the service tests need no chairs).</summary>
internal sealed class EmptyDirectory : IProfessionalDirectory
{
    public Task<ProfessionalProfile?> FindAsync(string aadObjectId, CancellationToken cancellationToken) => Task.FromResult<ProfessionalProfile?>(null);

    public Task<IReadOnlyList<ProfessionalProfile>> ListJppMembersAsync(string jppId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ProfessionalProfile>>([]);

    public Task<string?> FindJppNameAsync(string jppId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task<DirectoryOverview> GetOverviewAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken) => Task.FromResult(true);
}
