using System.CommandLine;
using System.Text.Json;
using PostmortemSite.Search;

namespace PostmortemSite.Cli.Commands;

internal static class SearchCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string>("query") { Description = "What to look for, e.g. \"deadlock\", \"cause:database/index\", \"latency service:checkout -postgres\"" };
        var site = new Option<string>("--site") { Description = "The built site folder holding search/", DefaultValueFactory = _ => "output" };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON" };
        var limit = new Option<int>("--limit", "-n") { Description = "How many results to print", DefaultValueFactory = _ => 10 };
        var command = new Command("search", "Search a built site's index from the terminal, with the same ranking as the browser.\n\nExamples:\n  postmortemsite search deadlock\n  postmortemsite search \"index cause:database\" --site output --json")
        {
            query, site, json, limit,
        };
        command.SetAction(result =>
        {
            var folder = result.GetValue(site)!;
            if (!File.Exists(Path.Combine(folder, "search", "meta.json")))
            {
                console.Error.WriteLine($"error: no search index in '{folder}' (hint: run 'postmortemsite build' first, or pass --site with the output folder)");
                return 2;
            }

            var engine = SearchEngine.ForSite(folder);
            var found = engine.WithPassages(engine.Search(result.GetValue(query)!, Math.Max(1, result.GetValue(limit)), facets: true));
            if (result.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(found, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
                return 0;
            }

            if (found.Total == 0)
            {
                console.Out.WriteLine(found.UnmatchedWords.Count > 0 ? $"No incidents mention: {string.Join(", ", found.UnmatchedWords)}." : "No incidents match.");
                return 0;
            }

            foreach (var correction in found.Corrections ?? [])
            {
                console.Out.WriteLine($"Showing results for '{correction.Shown}' (you typed '{correction.Typed}').");
            }

            if (found.MostWords)
            {
                console.Out.WriteLine(found.EveryWord == 0 ? "No incident has every word; showing those with most." : $"Only {found.EveryWord} incident(s) have every word; then those with most.");
            }

            if (found.UnmatchedWords.Count > 0)
            {
                console.Out.WriteLine($"No incidents mention: {string.Join(", ", found.UnmatchedWords)}.");
            }

            console.Out.WriteLine($"{found.Total} incident(s){(found.Total > found.Hits.Count ? $", best {found.Hits.Count}" : "")}:");
            foreach (var hit in found.Hits)
            {
                console.Out.WriteLine($"  {hit.Id}  {hit.Date} {hit.Severity,-4} {hit.CategorySlug}\n      {hit.Title}");
                foreach (var passage in hit.Passages ?? [])
                {
                    // Where it matched first, then the words: the same passages and sections the search page links to.
                    console.Out.WriteLine($"      in {passage.Label}{(passage.Where.Length > 0 ? ", " + passage.Where : "")}{(passage.Anchor.Length > 0 ? " #" + passage.Anchor : "")}: {passage.Text}");
                }
            }

            return 0;
        });
        return command;
    }
}
