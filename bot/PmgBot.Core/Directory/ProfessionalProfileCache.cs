using System.Collections.Concurrent;

namespace PmgBot.Core.Directory;

/// <summary>
/// Keeps recently looked-up profiles (and the members of a JPP, and the region's JPPs and municipalities) for a short
/// time, because every turn asks who the sender is, every report who chairs its JPP and which JPP serves its
/// municipality, and every youth card the name of its JPP. Any change to
/// the directory tables clears it (<see cref="DirectoryChangeInterceptor"/>), so a role change or a
/// deactivation counts from the next turn; the time limit bounds what another instance of the bot may still hold.
/// </summary>
public sealed class ProfessionalProfileCache(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private const int MaxEntries = 50_000;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, MembersEntry> _members = new(StringComparer.Ordinal);
    private PlacesEntry? _places;
    private long _generation;

    /// <summary>The current generation: a lookup that started before a <see cref="Clear"/> must not store its result.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(string aadObjectId, out ProfessionalProfile? profile)
    {
        if (_entries.TryGetValue(aadObjectId, out var entry) && time.GetUtcNow() < entry.ExpiresAt)
        {
            profile = entry.Profile;
            return true;
        }

        profile = null;
        return false;
    }

    /// <summary>Stores a profile read from the database, unless the directory changed since <paramref name="generation"/>.</summary>
    public void Set(string aadObjectId, ProfessionalProfile profile, long generation)
    {
        if (generation != Generation)
        {
            return;
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[aadObjectId] = new Entry(profile, time.GetUtcNow() + Lifetime);
    }

    public bool TryGetMembers(string jppId, out IReadOnlyList<ProfessionalProfile> members)
    {
        if (_members.TryGetValue(jppId, out var entry) && time.GetUtcNow() < entry.ExpiresAt)
        {
            members = entry.Members;
            return true;
        }

        members = [];
        return false;
    }

    /// <summary>Stores the active members of a JPP read from the database, unless the directory changed since <paramref name="generation"/>.</summary>
    public void SetMembers(string jppId, IReadOnlyList<ProfessionalProfile> members, long generation)
    {
        if (generation != Generation)
        {
            return;
        }

        if (_members.Count >= MaxEntries)
        {
            _members.Clear();
        }

        _members[jppId] = new MembersEntry(members, time.GetUtcNow() + Lifetime);
    }

    public bool TryGetPlaces(out DirectoryPlaces places)
    {
        if (Volatile.Read(ref _places) is { } entry && time.GetUtcNow() < entry.ExpiresAt)
        {
            places = entry.Places;
            return true;
        }

        places = DirectoryPlaces.Empty;
        return false;
    }

    /// <summary>Stores the JPPs and municipalities read from the database, unless the directory changed since <paramref name="generation"/>.</summary>
    public void SetPlaces(DirectoryPlaces places, long generation)
    {
        if (generation == Generation)
        {
            Volatile.Write(ref _places, new PlacesEntry(places, time.GetUtcNow() + Lifetime));
        }
    }

    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
        _members.Clear();
        Volatile.Write(ref _places, null);
    }

    private sealed record Entry(ProfessionalProfile Profile, DateTimeOffset ExpiresAt);

    private sealed record PlacesEntry(DirectoryPlaces Places, DateTimeOffset ExpiresAt);

    private sealed record MembersEntry(IReadOnlyList<ProfessionalProfile> Members, DateTimeOffset ExpiresAt);
}
