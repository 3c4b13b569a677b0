using System.Threading.Channels;

namespace PostmortemSite.Serving;

/// <summary>
/// Watches the folders a site is built from. Editors save in bursts (write a temporary file, rename it, touch
/// the folder), so changes are collected until the folders have been quiet for a moment, then handed over together.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();

    public SiteWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Add(e.FullPath);
            watcher.Created += (_, e) => Add(e.FullPath);
            watcher.Deleted += (_, e) => Add(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Add(e.OldFullPath);
                Add(e.FullPath);
            };
            // A lost event (buffer overflow) still means something changed; the rebuild finds out what.
            watcher.Error += (_, _) => _changes.Writer.TryWrite(folder);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Waits for a change, then until nothing has changed for <paramref name="quiet"/>; returns the changed paths in order.</summary>
    public async Task<IReadOnlyList<string>> WaitForChangesAsync(TimeSpan quiet, CancellationToken cancellationToken)
    {
        var changed = new SortedSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancellationToken) };
        while (true)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(quiet);
            try
            {
                changed.Add(await _changes.Reader.ReadAsync(timeout.Token));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return changed.ToList();
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }

    private void Add(string path)
    {
        // Editors' swap and backup files (.name.swp, name~) never feed the site.
        var name = Path.GetFileName(path);
        if (!name.StartsWith('.') && !name.EndsWith('~'))
        {
            _changes.Writer.TryWrite(path);
        }
    }
}
