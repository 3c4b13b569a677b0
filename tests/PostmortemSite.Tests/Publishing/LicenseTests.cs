using System.Xml.Linq;
using PostmortemSite.Tests.Support;

namespace PostmortemSite.Tests.Publishing;

public sealed class LicenseTests
{
    [Fact]
    public void The_repository_has_an_MIT_licence_that_the_package_metadata_and_the_readme_name()
    {
        var license = File.ReadAllText(Path.Combine(RepoPaths.Root, "LICENSE"));
        Assert.StartsWith("MIT License", license);
        Assert.Contains("WITHOUT WARRANTY OF ANY KIND", license);

        var project = XDocument.Load(Path.Combine(RepoPaths.Root, "src", "PostmortemSite", "PostmortemSite.csproj"));
        Assert.Equal("MIT", project.Descendants("PackageLicenseExpression").Single().Value);

        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.Contains("[LICENSE](LICENSE)", readme);
    }
}
