using System.Threading.Channels;

namespace PostmortemSite.Serving;

/// <summary>
/// Watches the folders a site is built from. Editors save in bursts (write a temporary file, rename it, touch
/// the folder), so changes are collected until the folders have been quiet for a moment, then handed over together.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly List<FolderWatch> _folders = [];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();

    public SiteWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders)
        {
            _folders.Add(new FolderWatch(Path.GetFullPath(folder), this));
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
        foreach (var folder in _folders)
        {
            folder.Dispose();
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

    /// <summary>
    /// One watched folder. A watch ends with the folder it was set on, so the folder's parent is watched too: when
    /// the folder is deleted and made again (a checkout, a script that regenerates input/), its contents are watched
    /// afresh and the folder itself is reported changed, which makes the next build read everything.
    /// </summary>
    private sealed class FolderWatch : IDisposable
    {
        private readonly Lock _gate = new();
        private readonly string _folder;
        private readonly SiteWatcher _owner;
        private readonly FileSystemWatcher? _parent;
        private FileSystemWatcher? _contents;
        private bool _disposed;

        public FolderWatch(string folder, SiteWatcher owner)
        {
            _folder = Path.TrimEndingDirectorySeparator(folder);
            _owner = owner;
            if (Path.GetDirectoryName(_folder) is { } parent && Directory.Exists(parent))
            {
                _parent = new FileSystemWatcher(parent)
                {
                    Filter = Path.GetFileName(_folder),
                    NotifyFilter = NotifyFilters.DirectoryName | NotifyFilters.FileName,
                };
                _parent.Created += (_, _) => Rearm();
                _parent.Deleted += (_, _) => Rearm();
                _parent.Renamed += (_, _) => Rearm();
                _parent.EnableRaisingEvents = true;
            }

            lock (_gate)
            {
                _contents = WatchContents();
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _disposed = true;
                _parent?.Dispose();
                _contents?.Dispose();
            }
        }

        private void Rearm()
        {
            lock (_gate)
            {
                if (_disposed)
                {
                    return;
                }

                _contents?.Dispose();
                _contents = WatchContents();
            }

            _owner._changes.Writer.TryWrite(_folder);
        }

        private FileSystemWatcher? WatchContents()
        {
            if (!Directory.Exists(_folder))
            {
                return null;
            }

            var watcher = new FileSystemWatcher(_folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => _owner.Add(e.FullPath);
            watcher.Created += (_, e) => _owner.Add(e.FullPath);
            watcher.Deleted += (_, e) => _owner.Add(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                _owner.Add(e.OldFullPath);
                _owner.Add(e.FullPath);
            };
            // A lost event (buffer overflow) still means something changed; the rebuild finds out what.
            watcher.Error += (_, _) => _owner._changes.Writer.TryWrite(_folder);
            try
            {
                watcher.EnableRaisingEvents = true;
            }
            catch (Exception e) when (e is IOException or ArgumentException)
            {
                // Removed again before the watch was set: the parent's next event arms it.
                watcher.Dispose();
                return null;
            }

            return watcher;
        }
    }
}
