namespace PostmortemSite.Tests.Support;

/// <summary>Finds the repository (the folder holding PostmortemSite.sln) and the optional ../shared reference folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string ThemeAssets => Path.Combine(Root, "theme", "assets");

    /// <summary>The shared reference folder beside the repository, or null on a plain clone.</summary>
    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PostmortemSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find PostmortemSite.sln above the test assembly.");
    }
}

/// <summary>A fact that needs ../shared: skipped, with the reason shown, on a clone without it.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(string subfolder)
    {
        if (RepoPaths.Shared is not { } shared || !Directory.Exists(Path.Combine(shared, subfolder)))
        {
            Skip = $"needs ../shared/{subfolder}, which is not beside this clone";
        }
    }
}
