using System.Globalization;
using System.Text;

namespace PostmortemSite.Format;

/// <summary>
/// The one YAML emitter for front matter: import, <c>new</c> and the synthetic libraries write through it, so every
/// string is quoted by the one rule of <see cref="YamlText.Quote"/> and every date, time and number is spelt one way.
/// A null value or an empty list writes nothing; the reader treats an absent field as unset.
/// </summary>
internal sealed class FrontMatterEmitter
{
    // Comments after values start here, so a template's hints line up.
    private const int CommentColumn = 25;

    private readonly StringBuilder _yaml = new("---\n");
    private int _depth;
    private bool _entryStarts;

    public FrontMatterEmitter Text(string key, string? value, string? comment = null) =>
        value is null ? this : Line(key, YamlText.Quote(value), comment);

    public FrontMatterEmitter Date(string key, DateOnly? value) =>
        value is { } date ? Line(key, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : this;

    /// <summary>ISO 8601 to the second, with the value's own offset: Z when it is UTC.</summary>
    public FrontMatterEmitter Timestamp(string key, DateTimeOffset? value) =>
        value is { } time
            ? Line(key, time.ToString(time.Offset == TimeSpan.Zero ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture))
            : this;

    /// <param name="format">A .NET number format; the default keeps every digit the value has.</param>
    public FrontMatterEmitter Number(string key, double? value, string? format = null) =>
        value is { } number ? Line(key, number.ToString(format, CultureInfo.InvariantCulture)) : this;

    public FrontMatterEmitter Bool(string key, bool? value) =>
        value is { } flag ? Line(key, flag ? "true" : "false") : this;

    /// <summary>A block list, one quoted value a line.</summary>
    public FrontMatterEmitter List(string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return this;
        }

        Line(key, null);
        foreach (var value in values)
        {
            Indent(_depth + 1).Append("- ").Append(YamlText.Quote(value)).Append('\n');
        }

        return this;
    }

    /// <summary>A nested mapping; nothing is written when <paramref name="write"/> writes no field of it.</summary>
    public FrontMatterEmitter Section(string key, Action<FrontMatterEmitter> write, string? comment = null)
    {
        var mark = _yaml.Length;
        Line(key, null, comment);
        var header = _yaml.Length;
        _depth++;
        write(this);
        _depth--;
        if (_yaml.Length == header)
        {
            _yaml.Length = mark;
        }

        return this;
    }

    /// <summary>A list of mappings: each entry's first field goes on its '- ' line.</summary>
    public FrontMatterEmitter Entries<T>(string key, IReadOnlyList<T> entries, Action<FrontMatterEmitter, T> write)
    {
        if (entries.Count == 0)
        {
            return this;
        }

        Line(key, null);
        _depth += 2;
        foreach (var entry in entries)
        {
            _entryStarts = true;
            write(this, entry);
        }

        _entryStarts = false;
        _depth -= 2;
        return this;
    }

    /// <summary>A field left for the author to fill in: <c>key:</c>, or <c>key: []</c> for a list, with a hint.</summary>
    public FrontMatterEmitter Blank(string key, bool list, string? comment) => Line(key, list ? "[]" : null, comment);

    /// <summary>A comment line at the current depth, such as a commented-out example.</summary>
    public FrontMatterEmitter Comment(string text)
    {
        _yaml.Append('#').Append(text).Append('\n');
        return this;
    }

    /// <summary>The front matter, closed, followed by <paramref name="body"/>.</summary>
    public string Close(string body = "") => _yaml.Append("---\n").Append(body).ToString();

    private FrontMatterEmitter Line(string key, string? value, string? comment = null)
    {
        var start = _yaml.Length;
        if (_entryStarts)
        {
            Indent(_depth - 1).Append("- ");
            _entryStarts = false;
        }
        else
        {
            Indent(_depth);
        }

        _yaml.Append(key).Append(':');
        if (value is not null)
        {
            _yaml.Append(' ').Append(value);
        }

        if (comment is not null)
        {
            var width = _yaml.Length - start;
            _yaml.Append(' ', Math.Max(1, CommentColumn - width)).Append("# ").Append(comment);
        }

        _yaml.Append('\n');
        return this;
    }

    private StringBuilder Indent(int depth) => _yaml.Append(' ', depth * 2);
}
