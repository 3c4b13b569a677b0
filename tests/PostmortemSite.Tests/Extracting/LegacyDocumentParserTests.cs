using PostmortemSite.Extracting;
using PostmortemSite.Importing;

namespace PostmortemSite.Tests.Extracting;

public sealed class LegacyDocumentParserTests
{
    private const string MixedStyles = """
        # 🔥 Queue backlog

        **Severity:** SEV3
        - **🕒 Duration:** 2024-02-01 10:00 UTC to 2024-02-01 11:00 UTC

        ## 📜 Timeline
        - 10:00 UTC: backlog grows

        Root Cause and Resolution
        Root Cause:
        The consumer crashed on a malformed message.
        Resolution:
        Skipped the message.

        **What we will do**
        - Add a dead-letter queue.

        Lessons
        -------
        Malformed input needs a quarantine.
        """;

    [Fact]
    public void Headings_are_found_in_every_style()
    {
        var document = LegacyDocumentParser.Parse(MixedStyles);

        Assert.Equal(
            ["queue backlog", "timeline", "root cause and resolution", "root cause", "resolution", "what we will do", "lessons"],
            document.Sections.Select(s => s.Key));
    }

    [Theory]
    [InlineData("The root cause was a deadlock: two jobs locked the same rows.")]
    [InlineData("The root cause was replication lag: the replica fell behind.")]
    [InlineData("The trigger was a config push: the flag reached every host.")]
    public void Words_before_a_colon_that_say_what_something_was_are_a_sentence_not_a_label(string line)
    {
        Assert.Equal(LineKind.Text, LegacyDocumentParser.Parse(line + "\n").Lines[0].Kind);
    }

    [Theory]
    [InlineData("What was the impact: checkout was down for an hour.", "Field")]
    [InlineData("Time it was detected: 14:05 UTC", "Field")]
    [InlineData("Our recommendations are to:", "Heading")]
    [InlineData("The impact was limited: only EU customers saw late invoices.", "Field")]
    [InlineData("Was the status page updated: yes", "Field")]
    public void Guard_a_question_a_label_with_its_own_verb_or_a_lead_in_over_a_list_is_still_a_label(string line, string kind)
    {
        Assert.Equal(kind, LegacyDocumentParser.Parse(line + "\n").Lines[0].Kind.ToString());
    }

    [Fact]
    public void A_backslash_alone_on_a_line_parts_paragraphs_as_the_blank_line_it_stands_for()
    {
        var document = LegacyDocumentParser.Parse("We are investigating.\n\\\n**Resolved:** Servers are back.\n");

        Assert.Equal(LineKind.Blank, document.Lines[1].Kind);
        Assert.Equal(2, document.Paragraphs((l, _) => l.Kind is LineKind.Text or LineKind.Field).Count());
    }

    [Fact]
    public void A_short_question_standing_alone_in_plain_text_is_a_heading()
    {
        var document = LegacyDocumentParser.Parse(
            "Summary of the outage\n\nThe API failed. Why? Nobody knew at first.\nWas it the cache?\n\nWhat happened?\n\nA deploy broke the cache.\n\nWhere do we go from here?\n\n  • Add a canary stage.\n");

        Assert.Equal(["summary of the outage", "what happened", "where do we go from here"], document.Sections.Select(s => s.Key));
    }

    [Fact]
    public void A_question_alone_in_a_document_with_marked_headings_stays_text()
    {
        var document = LegacyDocumentParser.Parse("# Outage\n\n## Timeline\n\n- 10:00 UTC alerts fire\n\nWas it the cache?\n\nNo, the cache was fine.\n");

        Assert.Equal(["outage", "timeline"], document.Sections.Select(s => s.Key));
    }

    [Theory]
    [InlineData("On July 18<sup>th</sup>, 2018, at noon, the site went down.", "On July 18th, 2018, at noon, the site went down.")]
    [InlineData("The <b>whole</b> <span class=\"x\">site</span> went down.", "The whole site went down.")]
    [InlineData("As the [frontend]({% post_url 2016-03-12-managing-frontend %}) shows, it went down.", "As the [frontend]( ) shows, it went down.")]
    [InlineData("See [the release]({{< ref \"2019-01-02-release.md\" >}}) for details.", "See [the release]( ) for details.")]
    public void Tags_that_only_style_a_word_and_links_to_other_posts_are_not_read_as_words(string line, string read)
    {
        var document = LegacyDocumentParser.Parse(line);

        Assert.Equal(read, document.Lines[0].Text);
    }

    [Fact]
    public void A_line_break_tag_and_a_moment_in_a_template_tag_stay_in_the_line()
    {
        var document = LegacyDocumentParser.Parse("Restarted<br>{{< track \"2019-09-29 21:00:00\" >}}");

        Assert.Equal("Restarted<br>{{< track \"2019-09-29 21:00:00\" >}}", document.Lines[0].Text);
    }

    [Fact]
    public void A_documentation_sites_permalink_and_anchor_tags_are_not_part_of_a_heading()
    {
        var document = LegacyDocumentParser.Parse("### [#](https://docs.example.org/halt.html#action-items)Action Items <a href=\"#action-items\" id=\"action-items\"></a>\n\n* Fix the validation\n");

        Assert.Equal(["action items"], document.Sections.Select(s => s.Key));
    }

    [Fact]
    public void A_label_heading_belongs_to_the_plain_heading_above_it()
    {
        var document = LegacyDocumentParser.Parse(MixedStyles);
        var crashLine = document.Lines.ToList().FindIndex(l => l.Text.Contains("malformed message", StringComparison.Ordinal));
        var skipLine = document.Lines.ToList().FindIndex(l => l.Text.Contains("Skipped", StringComparison.Ordinal));

        Assert.Equal("root cause", document.Sections[document.SectionOf(crashLine)].Key);
        Assert.Equal("resolution", document.Sections[document.SectionOf(skipLine)].Key);
        Assert.True(document.IsWithin(skipLine, key => key == "root cause and resolution"));
    }

    [Fact]
    public void Labels_with_a_value_are_fields_whatever_their_markup()
    {
        var fields = LegacyDocumentParser.Parse(MixedStyles).Fields.ToList();

        Assert.Equal(["severity", "duration"], fields.Select(f => f.Key));
        Assert.Equal("SEV3", fields[0].Value);
        Assert.Equal("2024-02-01 10:00 UTC to 2024-02-01 11:00 UTC", fields[1].Value);
    }

    [Theory]
    [InlineData("10:00 AM: Issue detected")]
    [InlineData("- **09:00 UTC:** Alert")]
    [InlineData("T+1h10m: rolled back")]
    [InlineData("See https://status.example.com for details")]
    [InlineData("This sentence is long enough and it ends with a full stop, so it is prose: not a label at all, really.")]
    public void Timeline_lines_links_and_prose_are_not_labels(string line)
    {
        var parsed = LegacyDocumentParser.Parse(line).Lines[0];

        Assert.Equal(LineKind.Text, parsed.Kind);
    }

    [Fact]
    public void Lines_inside_code_fences_are_never_headings()
    {
        var document = LegacyDocumentParser.Parse("## Root cause\n```\n# not a heading\nTimeline:\n```\ntext");

        Assert.Equal(["root cause"], document.Sections.Select(s => s.Key));
    }

    [Fact]
    public void Only_the_start_of_a_huge_document_is_analysed_and_that_is_said()
    {
        var document = LegacyDocumentParser.Parse(new string('x', LegacyDocumentParser.MaxAnalysedChars + 10));

        Assert.True(document.Truncated);
        Assert.Equal(LegacyDocumentParser.MaxLineLength, document.Lines[0].Text.Length);
    }

    [Theory]
    [InlineData("📝 Root Cause:", "root cause")]
    [InlineData("**Improvements/Fixes:**", "improvements fixes")]
    [InlineData("  Corrective  and  Preventative  Measures ", "corrective and preventative measures")]
    public void A_key_is_the_lowercase_words_of_a_heading(string heading, string key)
    {
        Assert.Equal(key, LegacyDocumentParser.KeyOf(heading));
    }

    [Fact]
    public void The_header_row_of_a_two_column_table_is_not_a_field()
    {
        var fields = LegacyDocumentParser.Parse("| Priority | Action item |\n| --- | --- |\n| P1 | Add an alert |\n").Fields.ToList();

        Assert.DoesNotContain(fields, f => f.Label == "Priority" && f.Value == "Action item");
    }

    [Fact]
    public void A_report_laid_out_as_a_numbered_outline_names_the_parts_of_its_story_as_sections()
    {
        var document = LegacyDocumentParser.Parse("# Login outage\n\n1. Incident Date\n   - January 15, 2020\n2. Timeline\n   - Between 3AM and 4AM logins failed.\n3. Root Cause\n   - A host was retired.\n");

        Assert.Equal(["Login outage", "Incident Date", "Timeline", "Root Cause"], document.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void A_numbered_group_of_actions_stays_a_list_item()
    {
        var document = LegacyDocumentParser.Parse("## Action items\n\n1. Detection\n   - Add an alert on queue depth\n");

        Assert.Equal(["Action items"], document.Sections.Select(s => s.Heading));
    }
}
