using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PmgBot.Core.Directory;

/// <summary>
/// Clears the <see cref="ProfessionalProfileCache"/> whenever a save touches the directory tables (professionals,
/// their JPPs, organisations, JPPs, municipalities): before the save, after it, and after the commit of the
/// transaction it ran in, so no turn keeps acting on roles or an active flag that changed. Registered by
/// <c>AddDirectory</c> as an <see cref="IInterceptor"/>, which <c>AddPmgData</c> adds to every context.
/// </summary>
public sealed class DirectoryChangeInterceptor(ProfessionalProfileCache cache) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly HashSet<Type> DirectoryTypes =
        [typeof(Professional), typeof(ProfessionalJpp), typeof(Organisation), typeof(Jpp), typeof(Municipality)];

    private readonly ConditionalWeakTable<DbContext, object> _changed = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Detect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Detect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ClearIfChanged(eventData.Context, keepMark: true);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ClearIfChanged(eventData.Context, keepMark: true);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        ClearIfChanged(eventData.Context, keepMark: false);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ClearIfChanged(eventData.Context, keepMark: false);
        return Task.CompletedTask;
    }

    private void Detect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var touched = context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && DirectoryTypes.Contains(e.Metadata.ClrType));
        if (touched)
        {
            _changed.AddOrUpdate(context, true);
            cache.Clear();
        }
    }

    private void ClearIfChanged(DbContext? context, bool keepMark)
    {
        if (context is null || !_changed.TryGetValue(context, out _))
        {
            return;
        }

        cache.Clear();
        if (!keepMark)
        {
            _changed.Remove(context);
        }
    }
}
