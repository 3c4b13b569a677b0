using System.CommandLine;
using System.Diagnostics;
using PostmortemSite.Theme;
using PostmortemSite.Writing;

namespace PostmortemSite.Cli.Commands;

internal static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new SiteOptionsBinding();
        var command = new Command("build", "Build the site from the input folder.\n\nExamples:\n  postmortemsite build\n  postmortemsite build --input input --output output --base-path /my-repo/\n  postmortemsite build --drafts");
        options.AddTo(command);
        command.Options.Add(options.Drafts);
        var timings = new Option<bool>("--timings") { Description = $"Print how long each stage took ({string.Join(", ", BuildStages.OfBuild.Select(s => s.Name()))})" };
        command.Options.Add(timings);
        var force = SiteOptionsBinding.ForceOption();
        command.Options.Add(force);
        var cache = new Option<string?>("--cache") { Description = "Keep rendered pages in this folder between builds, so the next build renders only what changed (same output as without it)" };
        command.Options.Add(cache);
        command.SetAction(async (result, cancellationToken) =>
        {
            var site = options.Bind(result) with { ForceOutput = result.GetValue(force), CacheDirectory = result.GetValue(cache) };
            var stopwatch = Stopwatch.StartNew();
            BuildResult build;
            StageTimings? stages = null;
            using (var progress = ProgressDisplay.For(console))
            {
                IProgress<BuildProgress> reporter = progress;
                if (result.GetValue(timings))
                {
                    reporter = stages = new StageTimings(progress);
                }

                build = await new SiteBuilder(DefaultTheme.Create(options.ThemeAssets(result))).BuildAsync(site, WriteMode.Swap, cancellationToken, reporter);
            }

            if (!build.Failed && SiteBuilder.MissingSiteUrl(site) is { } missingSiteUrl)
            {
                build = build with { Diagnostics = [.. build.Diagnostics, missingSiteUrl] };
            }

            foreach (var line in stages?.Lines() ?? [])
            {
                console.Error.WriteLine(line);
            }

            if (stages is not null && build.PageCache is { } pageCache)
            {
                console.Error.WriteLine($"  page cache: {pageCache.Hits} incident pages reused, {pageCache.Misses} rendered");
            }

            console.Print(build.Diagnostics, site.InputDirectory);
            var pages = build.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
            var incidents = build.KnowledgeBase?.Incidents.Count ?? 0;
            var seconds = $"{stopwatch.Elapsed.TotalSeconds:0.0} s";
            if (build.Failed)
            {
                var output = build.Output switch
                {
                    OutputState.Site => $"The previous site in '{site.OutputDirectory}' was left untouched.",
                    OutputState.Interrupted => $"The site in '{site.OutputDirectory}' was only partly updated; the next build completes it.",
                    _ => $"Nothing was written to '{site.OutputDirectory}'.",
                };
                console.Error.WriteLine($"Build failed in {seconds}: {build.Errors} error(s), {build.Warnings} warning(s) in {incidents} readable incidents. {output}");
                return 1;
            }

            if (EditionSummary.Line(build.Edition) is { } edition)
            {
                console.Out.WriteLine(edition);
            }

            console.Out.WriteLine($"Built {incidents} incidents into {pages} pages ({build.Files.Count} files) in {seconds}: {build.Warnings} warning(s), 0 errors.");
            console.Out.WriteLine($"To browse it, run: {PreviewCommandLine.For(site.InputDirectory, site.OutputDirectory, site.BasePath)}");
            return 0;
        });
        return command;
    }
}
