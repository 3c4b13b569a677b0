using System.Diagnostics;
using PostmortemSite.Checking;
using PostmortemSite.Model;
using PostmortemSite.Rendering;
using PostmortemSite.Writing;

namespace PostmortemSite.Serving;

/// <summary>
/// What serve does: build, serve, then on each change update the edited incident pages at once when it can, and
/// rebuild the whole site in the background; open pages reload when what they show may have changed.
/// </summary>
public sealed class PreviewSession
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(60);

    private readonly SiteOptions _options;
    private readonly Func<SiteTheme> _loadTheme;
    private readonly string? _themeDirectory;
    private readonly IReadOnlyList<string> _allowedHosts;
    private readonly BuildCache _cache = new();

    // Changes since the last full build that completed; a superseded build leaves them for the next one.
    private readonly List<string> _unbuilt = [];
    private LastGoodBuild? _lastGood;
    private (IReadOnlyList<Diagnostic> Diagnostics, bool Failed) _published = ([], false);

    /// <param name="loadTheme">Called again when a file under <paramref name="themeDirectory"/> changes.</param>
    /// <param name="allowedHosts">Host names the server answers besides localhost, 127.0.0.1 and [::1].</param>
    public PreviewSession(SiteOptions options, Func<SiteTheme> loadTheme, string? themeDirectory, IReadOnlyList<string>? allowedHosts = null)
    {
        _allowedHosts = allowedHosts ?? [];
        _options = options;
        _loadTheme = loadTheme;
        _themeDirectory = themeDirectory is null ? null : Path.GetFullPath(themeDirectory);
    }

    /// <summary>Builds, serves until cancelled, and reports each quick update and each full build; returns when the server has stopped.</summary>
    public async Task RunAsync(int port, Action<PreviewBuild> onBuild, Action<PreviewUpdate> onUpdate, Action<string> onListening, CancellationToken cancellationToken)
    {
        // Watching from the start, so an edit saved during the first build (a minute at 10,000 incidents) is not missed.
        using var watcher = new SiteWatcher(new[] { _options.InputDirectory, _themeDirectory }.OfType<string>());
        var theme = _loadTheme();
        var first = await BuildAsync(theme, [], commit: () => { }, cancellationToken);
        Remember(first, theme);
        onBuild(first);

        await using var server = new PreviewServer(_options.OutputDirectory, _options.NormalizedBasePath, _allowedHosts);
        await server.StartAsync(port, cancellationToken);
        Publish(server, first.Result.Diagnostics, first.Result.Failed);
        onListening(server.Address);

        BackgroundBuild? rebuild = null;
        var changes = watcher.WaitForChangesAsync(Quiet, cancellationToken);
        try
        {
            while (true)
            {
                if (rebuild is not null && await Task.WhenAny(changes, rebuild.Task) == rebuild.Task)
                {
                    // Finished (it has reported itself); awaiting surfaces a write failure as a foreground build would.
                    await rebuild.Task;
                    rebuild = null;
                    continue;
                }

                var changed = await changes;
                changes = watcher.WaitForChangesAsync(Quiet, cancellationToken);
                if (rebuild is not null)
                {
                    await rebuild.SupersedeAsync();
                }

                if (_themeDirectory is not null && changed.Any(p => p.StartsWith(_themeDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                {
                    theme = _loadTheme();
                }

                _unbuilt.AddRange(changed);
                if (await TryUpdateAsync(theme, cancellationToken) is { } update)
                {
                    Publish(server, update.Diagnostics, failed: false);
                    onUpdate(update);
                }

                var previous = rebuild?.Task ?? Task.CompletedTask;
                var buildTheme = theme;
                var unbuilt = _unbuilt.ToList();
                rebuild = BackgroundBuild.Start((self, ct) => RebuildAsync(previous, buildTheme, unbuilt, self, server, onBuild, ct), cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: leaving the loop disposes the watcher and stops the server.
        }
        finally
        {
            if (rebuild is not null)
            {
                await rebuild.SupersedeAsync();
                await rebuild.Task;
            }
        }
    }

    /// <summary>The quick path, through the builder's front door: only edits to postmortems the last good build has.</summary>
    private async Task<PreviewUpdate?> TryUpdateAsync(SiteTheme theme, CancellationToken cancellationToken)
    {
        if (_lastGood is not { } last || last.Theme != theme)
        {
            return null;
        }

        var stopwatch = Stopwatch.StartNew();
        try
        {
            return await new SiteBuilder(theme, _cache).UpdateAsync(last.Result, _unbuilt, _options, cancellationToken) is { } update
                ? new PreviewUpdate(update.Pages, stopwatch.Elapsed, update.Diagnostics)
                : null;
        }
        catch (BuildStageException e) when (e.InnerException is IOException or UnauthorizedAccessException)
        {
            // The output folder cannot take the page (read-only, a link in the way): the full rebuild reports it as a diagnostic.
            return null;
        }
        catch (OutputRefusedException)
        {
            return null;
        }
    }

    private async Task RebuildAsync(Task previous, SiteTheme theme, IReadOnlyList<string> changed, BackgroundBuild self, PreviewServer server, Action<PreviewBuild> onBuild, CancellationToken cancellationToken)
    {
        // One build at a time: a superseded build may still be in a stage that cannot stop midway (linking, indexing).
        await previous;
        var build = await BuildAsync(theme, changed, () => self.Commit(), cancellationToken);

        // Pages reload only when there is something new to see: the quick update may already have shown all of it.
        var written = build.Result.Written is { } w ? w.Written + w.Removed : 0;
        if (written > 0 || build.Result.Failed != _published.Failed || !build.Result.Diagnostics.SequenceEqual(_published.Diagnostics))
        {
            Publish(server, build.Result.Diagnostics, build.Result.Failed);
        }

        Remember(build, theme);
        onBuild(build);
    }

    /// <param name="commit">Called once the site is built and before the output folder is touched: past it, the build is let finish.</param>
    private async Task<PreviewBuild> BuildAsync(SiteTheme theme, IReadOnlyList<string> changed, Action commit, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var builder = new SiteBuilder(theme, _cache);
        var built = await builder.BuildAsync(_options, WriteMode.None, cancellationToken);
        commit();
        var result = await builder.WriteAsync(built, _options, WriteMode.Update, cancellationToken);
        return new PreviewBuild(result, stopwatch.Elapsed, _cache.Reads.Misses, changed);
    }

    /// <summary>A completed build becomes the context of later quick updates, unless it failed.</summary>
    private void Remember(PreviewBuild build, SiteTheme theme)
    {
        var result = build.Result;
        _lastGood = result.Failed || result.KnowledgeBase is null ? null : new LastGoodBuild(result, theme);
        _unbuilt.Clear();
        // Counted from here, so the next build reports the files quick updates re-read as well as its own.
        _cache.Reads.ResetCounts();
    }

    private void Publish(PreviewServer server, IReadOnlyList<Diagnostic> diagnostics, bool failed)
    {
        _published = (diagnostics, failed);
        server.Publish(diagnostics, failed);
    }
}

/// <summary>The last full build that succeeded, with the theme it was built with: the context quick updates render edited pages in.</summary>
internal sealed record LastGoodBuild(BuildResult Result, SiteTheme Theme);

/// <summary>A quick update of a preview: the pages rewritten (site-relative, e.g. incidents/x/), how long it took, and the diagnostics now shown.</summary>
public sealed record PreviewUpdate(IReadOnlyList<string> Pages, TimeSpan Elapsed, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>One full build of a preview: its result, how long it took, how many postmortems were parsed, and what triggered it.</summary>
public sealed record PreviewBuild(BuildResult Result, TimeSpan Elapsed, int PostmortemsRead, IReadOnlyList<string> Changed);
