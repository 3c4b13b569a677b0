using PostmortemSite.Model;
using PostmortemSite.Tests.Support;
using PostmortemSite.Theme;

namespace PostmortemSite.Tests.Browser;

/// <summary>A site built into a temp folder and served over HTTP under a base path, as browser tests need it; disposing stops and deletes it.</summary>
public sealed class HostedSite : IAsyncDisposable
{
    private HostedSite(TempFolder folder, StaticSiteHost host, KnowledgeBase library)
    {
        Folder = folder;
        Host = host;
        Library = library;
    }

    public TempFolder Folder { get; }

    public StaticSiteHost Host { get; }

    public KnowledgeBase Library { get; }

    public string Output => Folder.Combine("output");

    public string Url(string relativePath) => Host.Url(relativePath);

    /// <summary>Builds <paramref name="input"/> (the sample library by default; a test may first write its own input with <paramref name="arrange"/>).</summary>
    public static async Task<HostedSite> StartAsync(string basePath, Func<TempFolder, string>? arrange = null)
    {
        var folder = new TempFolder();
        var input = arrange?.Invoke(folder) ?? RepoPaths.Input;
        var build = await new SiteBuilder(DefaultTheme.Create()).BuildAsync(new SiteOptions(input, folder.Combine("output"), basePath));
        Assert.False(build.Failed, string.Join("\n", build.Diagnostics));
        return new HostedSite(folder, await StaticSiteHost.StartAsync(folder.Combine("output"), basePath), build.KnowledgeBase!);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Folder.Dispose();
    }
}
