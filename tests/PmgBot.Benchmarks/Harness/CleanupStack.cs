namespace PmgBot.Benchmarks.Harness;

/// <summary>Everything the run started, disposed in reverse order at the end (also on failure or Ctrl-C).</summary>
public sealed class CleanupStack : IAsyncDisposable
{
    private readonly Stack<IAsyncDisposable> _items = new();

    public T Push<T>(T item)
        where T : IAsyncDisposable
    {
        _items.Push(item);
        return item;
    }

    public async ValueTask DisposeAsync()
    {
        while (_items.TryPop(out var item))
        {
            await item.DisposeAsync().ConfigureAwait(false);
        }
    }
}
