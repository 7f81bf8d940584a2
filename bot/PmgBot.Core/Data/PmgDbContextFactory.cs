using Microsoft.EntityFrameworkCore;

namespace PmgBot.Core.Data;

/// <summary>Creates provider-specific contexts behind the shared <see cref="PmgDbContext"/> type.</summary>
internal sealed class PmgDbContextFactory(Func<PmgDbContext> create) : IDbContextFactory<PmgDbContext>
{
    public PmgDbContext CreateDbContext() => create();
}
