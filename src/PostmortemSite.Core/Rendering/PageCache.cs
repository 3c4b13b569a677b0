using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PostmortemSite.Checking;
using PostmortemSite.Model;

namespace PostmortemSite.Rendering;

/// <summary>
/// Rendered incident pages kept between builds in a folder (<c>--cache</c>), each under a fingerprint of everything
/// its page shows, so a build after a one-file edit renders only the pages that edit reaches: neither the body's
/// Markdown nor the page is rendered for the others. Each page is kept with the warnings its body's links gave, so a
/// build from the cache reports what a clean one does. Anything that could change every page (the tool or theme
/// build, the theme's assets, the options, the taxonomy, the library's size, slugs and file names) is in the site key
/// instead: when it differs, the whole cache is discarded. A build with the cache writes the same bytes and reports
/// the same diagnostics as one without it (tested).
/// </summary>
public sealed class PageCache
{
    private const string FileName = "pages.bin";
    private static readonly byte[] Magic = "PMSPAGES2"u8.ToArray();
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>
    /// An incident's digest covers what it was built from, its constructor's values: a computed property (durations,
    /// the completed clock) only repeats them, and evaluating every one for 10,000 incidents cost more than rendering
    /// the pages the cache saved.
    /// </summary>
    private static readonly JsonSerializerOptions RecordValues = new() { WriteIndented = false, IgnoreReadOnlyProperties = true };

    private readonly string? _folder;
    private readonly byte[] _siteKey;
    private readonly Dictionary<UInt128, CachedPage> _stored;
    private readonly ConcurrentDictionary<UInt128, CachedPage> _used = new();
    private int _misses;

    private PageCache(string? folder, byte[] siteKey, Dictionary<UInt128, CachedPage> stored)
    {
        _folder = folder;
        _siteKey = siteKey;
        _stored = stored;
    }

    /// <summary>Pages taken from the cache in this build.</summary>
    public int Hits => _used.Count - _misses;

    /// <summary>Pages rendered in this build because the cache did not have them.</summary>
    public int Misses => _misses;

    /// <summary>The cache in <paramref name="folder"/> for this site, empty when there is none or it was made for another site key.</summary>
    internal static PageCache Open(string folder, KnowledgeBase knowledgeBase, SiteOptions options, SiteTheme theme)
    {
        var siteKey = SiteKey(knowledgeBase, options, theme);
        var stored = new Dictionary<UInt128, CachedPage>();
        var path = Path.Combine(folder, FileName);
        if (File.Exists(path))
        {
            try
            {
                stored = Load(path, siteKey);
            }
            catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException)
            {
                // A damaged or unreadable cache only costs a full render.
                stored = [];
            }
        }

        return new PageCache(folder, siteKey, stored);
    }

    internal bool TryGet(UInt128 fingerprint, out CachedPage page)
    {
        if (_stored.TryGetValue(fingerprint, out page!))
        {
            _used[fingerprint] = page;
            return true;
        }

        return false;
    }

    internal void Add(UInt128 fingerprint, CachedPage page)
    {
        if (_used.TryAdd(fingerprint, page))
        {
            Interlocked.Increment(ref _misses);
        }
    }

    /// <summary>Keeps this build's pages (and only those) for the next one; rewrites the file only when they differ from what it holds.</summary>
    internal void Save()
    {
        if (_folder is null || (_misses == 0 && _used.Count == _stored.Count))
        {
            return;
        }

        var path = Path.Combine(_folder, FileName);
        var temporary = path + ".tmp";
        try
        {
            Write(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The site is written already; a cache that cannot be kept only makes the next build a full one.
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private void Write(string temporary)
    {
        Directory.CreateDirectory(_folder!);
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(Magic);
            writer.Write(_siteKey);
            writer.Write(_used.Count);
            foreach (var (fingerprint, page) in _used.OrderBy(e => e.Key))
            {
                writer.Write((ulong)(fingerprint >> 64));
                writer.Write((ulong)fingerprint);
                writer.Write(page.Content.Length);
                writer.Write(page.Content);
                writer.Write(page.Diagnostics.Count);
                foreach (var diagnostic in page.Diagnostics)
                {
                    writer.Write((byte)diagnostic.Severity);
                    writer.Write(diagnostic.Code);
                    writer.Write(diagnostic.Message);
                    writer.Write(diagnostic.Location.File);
                    writer.Write(diagnostic.Location.Line);
                    writer.Write(diagnostic.Location.Column);
                    writer.Write(diagnostic.Hint is not null);
                    writer.Write(diagnostic.Hint ?? "");
                }
            }
        }
    }

    private static Dictionary<UInt128, CachedPage> Load(string path, byte[] siteKey)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new BinaryReader(stream);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || !reader.ReadBytes(siteKey.Length).AsSpan().SequenceEqual(siteKey))
        {
            return [];
        }

        var count = reader.ReadInt32();
        var pages = new Dictionary<UInt128, CachedPage>(count);
        for (var i = 0; i < count; i++)
        {
            var fingerprint = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
            var length = reader.ReadInt32();
            var page = reader.ReadBytes(length);
            if (page.Length != length)
            {
                throw new EndOfStreamException();
            }

            var diagnostics = new Diagnostic[reader.ReadInt32()];
            for (var d = 0; d < diagnostics.Length; d++)
            {
                var severity = (Severity)reader.ReadByte();
                var (code, message, file) = (reader.ReadString(), reader.ReadString(), reader.ReadString());
                var (line, column) = (reader.ReadInt32(), reader.ReadInt32());
                var hasHint = reader.ReadBoolean();
                var hint = reader.ReadString();
                diagnostics[d] = new Diagnostic(severity, code, message, new SourceLocation(file, line, column), hasHint ? hint : null);
            }

            pages[fingerprint] = new CachedPage(page, diagnostics);
        }

        return pages;
    }

    /// <summary>What every page may show besides its own model: a change here makes every cached page stale.</summary>
    private static byte[] SiteKey(KnowledgeBase knowledgeBase, SiteOptions options, SiteTheme theme)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));

        Add(Environment.Version.ToString());
        foreach (var assembly in new[] { typeof(PageCache).Assembly, theme.IncidentPage.Assembly, typeof(Microsoft.AspNetCore.Components.Web.HtmlRenderer).Assembly })
        {
            Add(assembly.FullName + " " + assembly.ManifestModule.ModuleVersionId);
        }

        foreach (var component in typeof(SiteTheme).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(Type)))
        {
            Add(((Type?)component.GetValue(theme))?.AssemblyQualifiedName ?? "-");
        }

        foreach (var asset in theme.Assets.OrderBy(a => a.Path, StringComparer.Ordinal))
        {
            Add(asset.Path);
            hash.AppendData(SHA256.HashData(asset.Content));
        }

        // Every option but where the files are, so an option added later is covered without anyone remembering to.
        Add(JsonSerializer.Serialize(options with { InputDirectory = "", OutputDirectory = "", ForceOutput = false, SettingsDiagnostics = [] }, Json));
        Add(JsonSerializer.Serialize(knowledgeBase.Taxonomy.Categories, Json));
        Add(knowledgeBase.Incidents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var group in knowledgeBase.Services.Concat(knowledgeBase.Tags).Concat(knowledgeBase.Years))
        {
            Add(group.Name + "\t" + group.Slug);
        }

        // Body links name other postmortems by file name (BodyLinkResolver): a file added, renamed or removed may change any body.
        foreach (var incident in knowledgeBase.Incidents)
        {
            Add(incident.Id + "\t" + Path.GetFileNameWithoutExtension(incident.SourcePath));
        }

        return hash.GetHashAndReset();
    }

    /// <summary>A fingerprint of each incident as a whole record, for pages that show other incidents (related, previous, next).</summary>
    internal static Dictionary<string, UInt128> IncidentDigests(IReadOnlyList<Postmortem> incidents)
    {
        var digests = new UInt128[incidents.Count];
        Parallel.For(0, incidents.Count, i => digests[i] = Digest(incidents[i]));
        var byId = new Dictionary<string, UInt128>(incidents.Count, StringComparer.Ordinal);
        for (var i = 0; i < incidents.Count; i++)
        {
            byId[incidents[i].Id] = digests[i];
        }

        return byId;
    }

    /// <summary>
    /// Everything an incident page shows: the incident (whose body, rendered with the site key's link targets, gives
    /// the page's write-up and its link warnings), its category, false leads and the incidents it links to.
    /// </summary>
    internal static UInt128 IncidentPageFingerprint(Type component, Postmortem incident, RootCauseCategory category, IncidentLinks links, IReadOnlyList<FalseLead> falseLeads, IReadOnlyDictionary<string, UInt128> digests)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var digest = new byte[16];
        void Add(string? text) => hash.AppendData(Encoding.UTF8.GetBytes((text ?? "\u0000") + "\u0001"));
        void AddIncident(Postmortem? incident)
        {
            // Every incident a page shows is one of the library's, so its digest is known; hashing it whole is the safe fallback.
            var value = incident is null ? UInt128.Zero
                : digests.TryGetValue(incident.Id, out var known) ? known
                : Digest(incident);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(digest, value);
            hash.AppendData(digest);
        }

        Add(component.FullName);
        AddIncident(incident);
        Add(JsonSerializer.Serialize(category, Json));
        foreach (var related in links.Related)
        {
            AddIncident(related.Incident);
            Add(string.Join('\u0002', related.Reasons));
            Add(related.Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        }

        Add("previous");
        AddIncident(links.Previous);
        Add("next");
        AddIncident(links.Next);
        foreach (var lead in falseLeads)
        {
            AddIncident(lead.Incident);
            Add(JsonSerializer.Serialize(new { lead.Family, lead.Label, lead.Events, lead.CostMinutes }, Json));
        }

        return Fingerprint(hash.GetHashAndReset());
    }

    private static UInt128 Digest(Postmortem incident) => Fingerprint(JsonSerializer.SerializeToUtf8Bytes(incident, RecordValues));

    private static UInt128 Fingerprint(ReadOnlySpan<byte> data)
    {
        Span<byte> sha = stackalloc byte[32];
        SHA256.HashData(data, sha);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(sha);
    }
}

/// <summary>A rendered incident page with the warnings its body gave when it was rendered.</summary>
internal sealed record CachedPage(byte[] Content, IReadOnlyList<Diagnostic> Diagnostics);
