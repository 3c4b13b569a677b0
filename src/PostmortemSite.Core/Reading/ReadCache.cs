using System.Collections.Concurrent;

namespace PostmortemSite.Reading;

/// <summary>
/// What identifies one version of a postmortem file: its size and time of last write, and the taxonomy it was
/// checked against (a category that was unknown becomes valid when root-causes.yml gains it).
/// </summary>
public readonly record struct FileStamp(DateTime LastWriteUtc, long Length, string Taxonomy);

/// <summary>Parsed postmortems kept between builds, so a rebuild re-reads only the files that changed.</summary>
internal interface IReadCache
{
    ReadResult? Find(string relativePath, FileStamp stamp);

    void Remember(string relativePath, FileStamp stamp, ReadResult result);
}

/// <summary>The in-memory cache a long-running process such as serve keeps; safe for the read stage's parallel workers.</summary>
public sealed class ReadCache : IReadCache
{
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, ReadResult Result)> _entries = new(StringComparer.Ordinal);
    private int _hits;
    private int _misses;

    public int Hits => _hits;

    public int Misses => _misses;

    public ReadResult? Find(string relativePath, FileStamp stamp)
    {
        if (_entries.TryGetValue(relativePath, out var entry) && entry.Stamp == stamp)
        {
            Interlocked.Increment(ref _hits);
            return entry.Result;
        }

        Interlocked.Increment(ref _misses);
        return null;
    }

    public void Remember(string relativePath, FileStamp stamp, ReadResult result) => _entries[relativePath] = (stamp, result);

    /// <summary>Starts counting hits and misses afresh, so each rebuild can report how many files it re-read.</summary>
    public void ResetCounts()
    {
        Interlocked.Exchange(ref _hits, 0);
        Interlocked.Exchange(ref _misses, 0);
    }
}
