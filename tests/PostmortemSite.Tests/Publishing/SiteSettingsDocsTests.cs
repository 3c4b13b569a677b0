using PostmortemSite.Reading;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Publishing;

public sealed class SiteSettingsDocsTests
{
    [Fact]
    public void The_readme_settings_table_lists_every_key_the_reader_knows_with_its_meaning()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

        foreach (var (key, meaning) in SiteConfigReader.Keys)
        {
            Assert.Contains($"| `{key}` | {meaning} |", readme);
        }
    }
}
