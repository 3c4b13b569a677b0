using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace PostmortemSite.Tests.Browser;

/// <summary>
/// Serves a built site folder over HTTP on a free loopback port, under a base path such as "/some-repo/",
/// the way GitHub Pages serves a project site: folders answer with their index.html, unknown paths with 404.html.
/// </summary>
public sealed class StaticSiteHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteHost(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The site's root URL, ending in '/': "http://127.0.0.1:PORT/some-repo/".</summary>
    public string BaseUrl { get; }

    /// <summary>A URL inside the site: <c>Url("insights/")</c>.</summary>
    public string Url(string relativePath) => BaseUrl + relativePath.TrimStart('/');

    public static async Task<StaticSiteHost> StartAsync(string siteFolder, string basePath = "/")
    {
        var root = Path.GetFullPath(siteFolder);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        var prefix = "/" + basePath.Trim('/');
        var requestPath = prefix == "/" ? PathString.Empty : new PathString(prefix);
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = requestPath });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = requestPath });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = Path.Combine(root, "404.html");
            if (File.Exists(notFound))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteHost(app, address.TrimEnd('/') + (prefix == "/" ? "/" : prefix + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
