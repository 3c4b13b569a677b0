using Microsoft.Playwright;

namespace PostmortemSite.Tests.Browser;

/// <summary>
/// One headless Chromium for all browser tests: Debian's build, because Playwright's own browser download is not
/// available everywhere this project is built. Set CHROMIUM_PATH to use another binary.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why browser tests cannot run here, or null when Chromium is installed.</summary>
    public static string? MissingReason => File.Exists(ChromiumPath)
        ? null
        : $"Chromium is not installed at {ChromiumPath} (install it with 'apt-get install -y chromium', or set CHROMIUM_PATH)";

    public async Task InitializeAsync()
    {
        // Without a browser there is nothing to start: tests are skipped, or on CI fail in NewPageAsync with the reason.
        if (MissingReason is not null)
        {
            return;
        }

        // The suite runs test classes in parallel on small CI machines; Playwright's 5 s default for assertions
        // fails there for no fault of the page, so waits are generous (a real failure still fails, just later).
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A page in a fresh context, so cookies, storage and media emulation never leak between tests.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        if (_browser is null)
        {
            throw new InvalidOperationException($"Browser tests cannot run: {MissingReason ?? "Chromium failed to start"}. On CI (CI=true) a missing browser is a failure, not a skip.");
        }

        var context = await _browser.NewContextAsync(options);
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>
/// Browser tests share one Chromium and run one at a time, after the parallel tests: the site host runs in the test
/// process, and CPU-heavy tests running beside it starve its thread pool until page loads time out.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// A fact that needs Chromium: skipped with the reason when it is missing on a developer's machine,
/// but run (and failed) when CI=true, so a CI without a browser cannot pass by skipping.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserFixture.OnCi && BrowserFixture.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that needs Chromium, skipped and failed on the same terms as <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!BrowserFixture.OnCi && BrowserFixture.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
