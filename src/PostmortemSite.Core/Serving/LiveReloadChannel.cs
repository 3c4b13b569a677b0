using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using PostmortemSite.Checking;

namespace PostmortemSite.Serving;

/// <summary>
/// The state of the last build and the open pages waiting to hear about the next one, over Server-Sent Events.
/// Each build gets a version number; a page says which version it was served at, so a build that finished
/// between serving the page and opening the stream is not missed.
/// </summary>
internal sealed class LiveReloadChannel
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LiveState _current = new(0, false, []);

    public int Version
    {
        get
        {
            lock (_gate)
            {
                return _current.Version;
            }
        }
    }

    public LiveState State()
    {
        lock (_gate)
        {
            return _current;
        }
    }

    public void Publish(IReadOnlyList<Diagnostic> diagnostics, bool failed)
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            _current = new LiveState(_current.Version + 1, failed, diagnostics.Select(LiveDiagnostic.From).ToList());
            previous = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        previous.SetResult();
    }

    public async Task StreamAsync(HttpResponse response, int seenVersion, CancellationToken cancellationToken)
    {
        response.ContentType = "text/event-stream";
        await response.WriteAsync("retry: 500\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
        var seen = seenVersion;
        while (!cancellationToken.IsCancellationRequested)
        {
            Task changed;
            LiveState current;
            lock (_gate)
            {
                changed = _changed.Task;
                current = _current;
            }

            if (current.Failed || (seen >= 0 && current.Version != seen))
            {
                await response.WriteAsync($"event: {(current.Failed ? "failed" : "reload")}\ndata: {current.Version}\n\n", cancellationToken);
                await response.Body.FlushAsync(cancellationToken);
            }

            seen = current.Version;
            try
            {
                await changed.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

internal sealed record LiveState(
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("failed")] bool Failed,
    [property: JsonPropertyName("diagnostics")] IReadOnlyList<LiveDiagnostic> Diagnostics);

internal sealed record LiveDiagnostic(
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("location")] string Location,
    [property: JsonPropertyName("hint")] string? Hint)
{
    public static LiveDiagnostic From(Diagnostic d) =>
        new(d.Severity == Checking.Severity.Error ? "error" : "warning", d.Code, d.Message, d.Location.ToString(), d.Hint);
}
