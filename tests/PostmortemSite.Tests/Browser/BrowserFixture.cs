using Microsoft.Playwright;

namespace PostmortemSite.Tests.Browser;

/// <summary>
/// One headless Debian Chromium shared by a test class. Playwright's own browser download cannot work here, so the
/// system browser is launched by path. Without it, browser tests skip on a developer machine but fail in CI.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why browser tests cannot run here, or null when they can (or must, in CI).</summary>
    public static string? SkipReason =>
        File.Exists(ChromiumPath) || IsCi ? null : $"needs Chromium at {ChromiumPath} (apt-get install -y chromium)";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser was not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            if (IsCi)
            {
                throw new InvalidOperationException($"CI=true but Chromium is not at {ChromiumPath}: the browser tests cannot run. Install it with 'apt-get install -y chromium'.");
            }

            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Arguments,
        });
    }

    public async Task<IPage> NewPageAsync(ColorScheme colorScheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = colorScheme });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>A fact that needs the browser: skipped with the reason on a machine without Chromium, never skipped in CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = BrowserFixture.SkipReason;
    }
}
