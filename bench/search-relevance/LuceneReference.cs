using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PostmortemSite.Model;
using PostmortemSite.Search;

namespace PostmortemSite.SearchRelevance;

/// <summary>
/// The reference: Lucene.Net with its EnglishAnalyzer and BM25, over the same fields and texts our index holds
/// (SearchIndexFiles.FieldTexts), each query word matched in every field with our field weight as its boost, words
/// OR-ed as Lucene's MultiFieldQueryParser does by default.
/// </summary>
internal sealed class LuceneReference : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Lucene.Net.Analysis.Analyzer _analyzer = new EnglishAnalyzer(Version);
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public LuceneReference(IReadOnlyList<Postmortem> incidents, RootCauseTaxonomy taxonomy)
    {
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var incident in incidents)
            {
                var document = new Document { new StringField("id", incident.Id, Field.Store.YES) };
                foreach (var (field, text) in SearchIndexFiles.FieldTexts(incident, SearchIndexFiles.CauseText(taxonomy, incident.RootCause.Category)))
                {
                    document.Add(new TextField(SearchIndexFiles.Fields[field].Name, text ?? "", Field.Store.NO));
                }

                writer.AddDocument(document);
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public List<string> Search(string query, int limit)
    {
        var all = new BooleanQuery();
        foreach (var term in Terms(query))
        {
            var anyField = new BooleanQuery();
            foreach (var (name, weight, _) in SearchIndexFiles.Fields)
            {
                anyField.Add(new TermQuery(new Term(name, term)) { Boost = (float)weight }, Occur.SHOULD);
            }

            all.Add(anyField, Occur.SHOULD);
        }

        return _searcher.Search(all, limit).ScoreDocs.Select(hit => _searcher.Doc(hit.Doc).Get("id")).ToList();
    }

    private List<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream("body", text);
        var attribute = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(attribute.ToString());
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
