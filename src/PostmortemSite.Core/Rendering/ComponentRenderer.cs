using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PostmortemSite.Rendering;

/// <summary>
/// Renders Razor components to UTF-8 pages with the framework's HtmlRenderer. Not thread-safe: one per worker.
/// A renderer keeps every root component it rendered until it is disposed, so callers replace it every few pages.
/// </summary>
internal sealed class ComponentRenderer : IAsyncDisposable
{
    // The services are stateless, so every renderer shares one provider.
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddLogging()
        // The default encoder writes every non-ASCII letter as an entity ("Caf&#xE9;"); markup characters are still escaped.
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    private readonly HtmlRenderer _renderer = new(Services, Services.GetRequiredService<ILoggerFactory>());
    private readonly StringBuilder _page = new(64 * 1024);
    private readonly Encoder _utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();

    /// <summary>The page as UTF-8 bytes: a doctype line, the component's HTML and a final newline.</summary>
    public Task<byte[]> RenderPageAsync(Type component, object model) =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model });
            var output = await _renderer.RenderComponentAsync(component, parameters);
            _page.Clear().Append("<!DOCTYPE html>\n");
            using (var writer = new StringWriter(_page))
            {
                output.WriteHtmlTo(writer);
            }

            _page.Append('\n');
            return Utf8();
        });

    public async ValueTask DisposeAsync() => await _renderer.DisposeAsync();

    /// <summary>Encodes the page straight from the builder's chunks, without first copying it into one string.</summary>
    private byte[] Utf8()
    {
        _utf8.Reset();
        var length = 0;
        foreach (var chunk in _page.GetChunks())
        {
            length += _utf8.GetByteCount(chunk.Span, flush: false);
        }

        length += _utf8.GetByteCount([], flush: true);
        _utf8.Reset();
        var bytes = new byte[length];
        var at = 0;
        foreach (var chunk in _page.GetChunks())
        {
            at += _utf8.GetBytes(chunk.Span, bytes.AsSpan(at), flush: false);
        }

        _utf8.GetBytes([], bytes.AsSpan(at), flush: true);
        return bytes;
    }
}
