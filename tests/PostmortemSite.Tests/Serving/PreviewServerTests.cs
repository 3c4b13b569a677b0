using System.Net;
using System.Text.Json;
using PostmortemSite.Checking;
using PostmortemSite.Serving;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Serving;

public sealed class PreviewServerTests : IAsyncLifetime
{
    private const string Page = "<!DOCTYPE html>\n<html><body><h1>Orders</h1></body></html>\n";

    private readonly TempFolder _output = new();
    private readonly PreviewServer _server;
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };

    public PreviewServerTests()
    {
        _output.Write("index.html", "<!DOCTYPE html>\n<html><body><h1>Home</h1></body></html>\n");
        _output.Write("incidents/orders/index.html", Page);
        _output.Write("404.html", "<!DOCTYPE html>\n<html><body><h1>Page not found</h1></body></html>\n");
        _output.Write("assets/site.css", "body { color: black; }");
        _output.Write("feed.xml", "<feed/>");
        _server = new PreviewServer(_output.Path, "/library/");
    }

    public Task InitializeAsync() => _server.StartAsync(port: 0);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _output.Dispose();
    }

    private string Url(string path) => _server.Address + path;

    [Fact]
    public void It_listens_on_the_loopback_address_only()
    {
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/library/$", _server.Address);
    }

    [Fact]
    public async Task A_folder_url_serves_its_index_with_the_reload_script_added_but_the_file_left_alone()
    {
        var response = await _http.GetAsync(Url("incidents/orders/"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"<h1>Orders</h1><script src=""/__postmortemsite/live\.js"" data-version=""\d+""></script></body>", html);
        Assert.Equal(Page, _output.Read("incidents/orders/index.html"));
    }

    [Theory]
    [InlineData("assets/site.css", "text/css")]
    [InlineData("feed.xml", "text/xml")]
    public async Task Files_are_served_with_their_content_type_and_unchanged(string path, string contentType)
    {
        var response = await _http.GetAsync(Url(path));

        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(_output.Read(path), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_missing_page_gets_the_sites_404_page_with_a_404_status()
    {
        var response = await _http.GetAsync(Url("incidents/nope/"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/", "/library/")]
    [InlineData("/library", "/library/")]
    [InlineData("/library/incidents/orders", "/library/incidents/orders/")]
    public async Task Addresses_outside_the_base_path_or_without_a_trailing_slash_redirect(string path, string target)
    {
        var response = await _http.GetAsync(new Uri(new Uri(_server.Address), path));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(target, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Encoded_dot_segments_cannot_reach_files_outside_the_output_folder()
    {
        var secret = Path.Combine(Path.GetDirectoryName(_output.Path)!, "secret-" + Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllTextAsync(secret, "secret");
        try
        {
            var response = await _http.GetAsync(Url("%2e%2e/%2e%2e/" + Path.GetFileName(secret)));

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("secret", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public async Task Open_pages_hear_about_a_rebuild_and_a_failed_build_and_can_fetch_its_errors()
    {
        using var events = await _http.GetAsync(new Uri(new Uri(_server.Address), "/__postmortemsite/events?version=0"), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());

        _server.Publish([], failed: false);
        var reload = await ReadEventAsync(reader);
        var error = Diagnostic.Error(DiagnosticCodes.InvalidYaml, "invalid YAML: bad indentation", new SourceLocation("postmortems/a.md", 3, 5), "use spaces");
        _server.Publish([error], failed: true);
        var failed = await ReadEventAsync(reader);
        using var state = JsonDocument.Parse(await _http.GetStringAsync(new Uri(new Uri(_server.Address), "/__postmortemsite/diagnostics")));

        Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
        Assert.Equal("reload", reload);
        Assert.Equal("failed", failed);
        Assert.True(state.RootElement.GetProperty("failed").GetBoolean());
        var listed = Assert.Single(state.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("postmortems/a.md:3:5", listed.GetProperty("location").GetString());
        Assert.Equal("invalid YAML: bad indentation", listed.GetProperty("message").GetString());
    }

    private static async Task<string> ReadEventAsync(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                return line["event: ".Length..];
            }
        }

        throw new EndOfStreamException("The event stream ended.");
    }
}
