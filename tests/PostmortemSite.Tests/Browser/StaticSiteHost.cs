using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace PostmortemSite.Tests.Browser;

/// <summary>Serves a built site's folder as plain static files under its base path, the way GitHub Pages does: nothing injected.</summary>
public sealed class StaticSiteHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteHost(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The site's home, e.g. http://127.0.0.1:41234/incident-library/.</summary>
    public string Address { get; }

    public static async Task<StaticSiteHost> StartAsync(string folder, string basePath = "/")
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = folder });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        app.UsePathBase(basePath.TrimEnd('/'));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteHost(app, address.TrimEnd('/') + "/" + basePath.Trim('/') + (basePath.Trim('/').Length > 0 ? "/" : ""));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
