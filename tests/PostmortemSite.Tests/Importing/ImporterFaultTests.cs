using PostmortemSite.Checking;
using PostmortemSite.Extracting;
using PostmortemSite.Importing;

namespace PostmortemSite.Tests.Importing;

/// <summary>
/// Every file is read or reported (issue 17, item 8), even when a reading rule itself fails on it: the fault costs
/// that one file, named with what went wrong, and never the import of the rest nor a stack trace.
/// </summary>
public sealed class ImporterFaultTests
{
    private static readonly ImportSource Source = new("/heap/2019-outage.md", "heap/2019-outage.md", "2019-outage", SourceFormat.Markdown);

    [Fact]
    public async Task A_fault_while_reading_one_file_is_reported_with_the_file_and_the_fault()
    {
        var file = await PostmortemImporter.ContainingFaults(Source, () => throw new IndexOutOfRangeException("Index was outside the bounds of the array."));

        Assert.Equal(ImportOutcome.Failed, file.Outcome);
        Assert.Null(file.Output);
        var fault = Assert.Single(file.Diagnostics);
        Assert.Equal(DiagnosticCodes.ImporterFault, fault.Code);
        Assert.Equal(Severity.Error, fault.Severity);
        Assert.Equal("heap/2019-outage.md", fault.Location.File);
        Assert.Contains("IndexOutOfRangeException", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_and_failing_to_write_are_not_taken_for_faults()
    {
        await Assert.ThrowsAsync<OperationCanceledException>(() => PostmortemImporter.ContainingFaults(Source, () => throw new OperationCanceledException()));
        await Assert.ThrowsAsync<IOException>(() => PostmortemImporter.ContainingFaults(Source, () => throw new IOException("disk full")));
    }

    [Fact]
    public async Task A_file_read_without_a_fault_is_passed_on_unchanged()
    {
        var read = new ImportedFile("heap/2019-outage.md", "out/2019-outage.md", ImportOutcome.Written, null, []);

        Assert.Same(read, await PostmortemImporter.ContainingFaults(Source, () => Task.FromResult(read)));
    }
}
