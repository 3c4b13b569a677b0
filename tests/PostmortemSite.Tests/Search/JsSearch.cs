using Jurassic;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Search;

/// <summary>
/// The browser's search scripts, loaded from theme/assets/search into Jurassic (an in-process ES5 engine),
/// so tests run the same files the browser runs. Index files come from a host function instead of fetch.
/// </summary>
internal sealed class JsSearch
{
    private static readonly string[] CoreScripts = ["stemmer.js", "analyzer.js", "engine.js"];

    private readonly ScriptEngine _engine = new();

    public JsSearch(Func<string, string?>? readIndexFile = null)
    {
        var read = readIndexFile ?? (_ => null);
        _engine.SetGlobalFunction("hostReadIndexFile", new Func<string, object>(path => read(path) ?? (object)Null.Value));
        foreach (var script in CoreScripts)
        {
            var path = Path.Combine(RepoPaths.ThemeAssets, "search", script);
            if (File.Exists(path))
            {
                _engine.Execute(new FileScriptSource(path));
            }
        }
    }

    /// <summary>Evaluates an expression; strings are the only values tests pass back, to keep the boundary simple.</summary>
    public string Evaluate(string expression) => Convert.ToString(_engine.Evaluate(expression), System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public void SetString(string name, string value) => _engine.SetGlobalValue(name, value);
}
