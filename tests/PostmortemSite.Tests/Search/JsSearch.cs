using Jint;
using Jint.Native;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Search;

/// <summary>
/// The browser's search scripts, loaded from theme/assets/search into Jint (an in-process modern JavaScript engine),
/// so tests run the same files the browser runs. Index files come from a host function instead of fetch.
/// </summary>
internal sealed class JsSearch
{
    private static readonly string[] CoreScripts = ["stemmer.js", "analyzer.js", "engine.js"];

    private readonly Engine _engine = new();

    public JsSearch(Func<string, string?>? readIndexFile = null)
    {
        var read = readIndexFile ?? (_ => null);
        _engine.SetValue("hostReadIndexFile", new Func<string, JsValue>(path => read(path) is { } text ? new JsString(text) : JsValue.Null));
        foreach (var script in CoreScripts)
        {
            var path = Path.Combine(RepoPaths.ThemeAssets, "search", script);
            if (File.Exists(path))
            {
                _engine.Execute(File.ReadAllText(path), script);
            }
        }
    }

    /// <summary>Evaluates an expression; strings are the only values tests pass back, to keep the boundary simple.</summary>
    public string Evaluate(string expression) => _engine.Evaluate(expression).ToString();

    public void SetString(string name, string value) => _engine.SetValue(name, value);
}
