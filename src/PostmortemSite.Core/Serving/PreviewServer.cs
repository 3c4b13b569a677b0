using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PostmortemSite.Checking;

namespace PostmortemSite.Serving;

/// <summary>
/// Serves the output folder on 127.0.0.1 with Kestrel, the way GitHub Pages would (base path, index.html for
/// folders, 404.html for misses), plus what only a preview needs: a live-reload channel and an error overlay.
/// The reload script is added to HTML as it is served; the built files never contain it.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>Live-reload endpoints live outside any base path so they never collide with a page.</summary>
    public const string Prefix = "/__postmortemsite/";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    // A page on another site can point its own host name at 127.0.0.1 (DNS rebinding) and then read the preview as
    // same-origin; its requests still carry that host name, so anything but a loopback name is refused.
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];
    private static readonly byte[] ClientScript = LoadClientScript();

    private readonly string _root;
    private readonly string _basePath;
    private readonly CancellationTokenSource _stopping = new();
    private readonly LiveReloadChannel _channel = new();
    private readonly HashSet<string> _allowedHosts;
    private WebApplication? _app;

    /// <param name="allowedHosts">Host names answered besides the loopback ones (a tunnel's or a VM's name), given explicitly by the user.</param>
    public PreviewServer(string outputDirectory, string basePath, IEnumerable<string>? allowedHosts = null)
    {
        _root = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        _basePath = basePath;
        _allowedHosts = new HashSet<string>(LoopbackHosts.Concat(allowedHosts ?? []).Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The address the server listens on, e.g. http://127.0.0.1:5080/ (with the base path).</summary>
    public string Address { get; private set; } = "";

    /// <param name="port">0 picks a free port (tests).</param>
    public async Task StartAsync(int port, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = _root, EnvironmentName = Environments.Production });
        builder.Logging.ClearProviders();
        // The command owns Ctrl+C (its cancellation token stops the server); the host must not also grab the signal.
        builder.Services.AddSingleton<IHostLifetime, CommandOwnedLifetime>();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(cancellationToken);

        var bound = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = bound.TrimEnd('/') + _basePath;
    }

    /// <summary>Tells open pages the site changed: they reload, or show the errors when the build failed.</summary>
    public void Publish(IReadOnlyList<Diagnostic> diagnostics, bool failed) => _channel.Publish(diagnostics, failed);

    public async ValueTask DisposeAsync()
    {
        // Event streams stay open until told otherwise; end them first so Kestrel can stop at once.
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        context.Response.Headers.CacheControl = "no-store";
        if (!_allowedHosts.Contains(context.Request.Host.Host))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("This preview answers only http://localhost, 127.0.0.1 and [::1] (and hosts given with serve --allow-host).\n", context.RequestAborted);
            return;
        }

        if (path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            await HandleLiveAsync(context, path[Prefix.Length..]);
            return;
        }

        if (!path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            if (path == "/" || _basePath.StartsWith(path + "/", StringComparison.Ordinal))
            {
                context.Response.Redirect(_basePath);
                return;
            }

            await ServeNotFoundAsync(context);
            return;
        }

        var file = Resolve(path[_basePath.Length..]);
        if (file is null)
        {
            await ServeNotFoundAsync(context);
            return;
        }

        if (Directory.Exists(file))
        {
            if (!path.EndsWith('/'))
            {
                context.Response.Redirect(path + "/" + context.Request.QueryString);
                return;
            }

            file = Path.Combine(file, "index.html");
        }

        if (!await TryServeFileAsync(context, file, StatusCodes.Status200OK))
        {
            await ServeNotFoundAsync(context);
        }
    }

    /// <summary>The file a URL names, or null when it would leave the output folder.</summary>
    private string? Resolve(string relativeUrl)
    {
        var relative = Uri.UnescapeDataString(relativeUrl).Replace('\\', '/');
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        return full == _root || full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private async Task ServeNotFoundAsync(HttpContext context)
    {
        if (!await TryServeFileAsync(context, Path.Combine(_root, "404.html"), StatusCodes.Status404NotFound))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await InjectAndSendAsync(context, "<!DOCTYPE html><title>Not found</title><p>Not found. The site has not been built yet.</p>");
        }
    }

    private async Task<bool> TryServeFileAsync(HttpContext context, string file, int status)
    {
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(file, context.RequestAborted);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return false;
        }

        context.Response.StatusCode = status;
        if (!ContentTypes.TryGetContentType(file, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        if (contentType == "text/html")
        {
            await InjectAndSendAsync(context, Encoding.UTF8.GetString(content));
            return true;
        }

        context.Response.ContentType = contentType;
        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content, context.RequestAborted);
        return true;
    }

    private Task InjectAndSendAsync(HttpContext context, string html)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(LiveReloadScript.InjectInto(html, _channel.Version), context.RequestAborted);
    }

    private async Task HandleLiveAsync(HttpContext context, string endpoint)
    {
        switch (endpoint)
        {
            case "live.js":
                context.Response.ContentType = "text/javascript; charset=utf-8";
                await context.Response.Body.WriteAsync(ClientScript, context.RequestAborted);
                break;
            case "diagnostics":
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync(JsonSerializer.Serialize(_channel.State()), context.RequestAborted);
                break;
            case "events":
                using (var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token))
                {
                    var seen = int.TryParse(context.Request.Query["version"], out var version) ? version : -1;
                    await _channel.StreamAsync(context.Response, seen, linked.Token);
                }

                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private static byte[] LoadClientScript()
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("live-reload.js")
            ?? throw new InvalidOperationException("The live-reload script is missing from the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private sealed class CommandOwnedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
