namespace PostmortemSite;

/// <summary>What a build (or an import) is doing, as progress reports and <c>--timings</c> name it.</summary>
public enum BuildStage
{
    Reading,
    Linking,
    Rendering,
    Writing,
    Done,
    Importing,
}

public static class BuildStages
{
    /// <summary>The stages a build goes through, in order; <c>--timings</c> reports each.</summary>
    public static readonly IReadOnlyList<BuildStage> OfBuild = [BuildStage.Reading, BuildStage.Linking, BuildStage.Rendering, BuildStage.Writing];

    public static string Name(this BuildStage stage) => stage switch
    {
        BuildStage.Reading => "reading",
        BuildStage.Linking => "linking",
        BuildStage.Rendering => "rendering",
        BuildStage.Writing => "writing",
        BuildStage.Done => "done",
        BuildStage.Importing => "importing",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, $"BuildStage.{stage} has no name"),
    };
}
