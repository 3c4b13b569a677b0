using PostmortemSite.Model;

namespace PostmortemSite.Tests.Linking;

public sealed class StatisticsTests
{
    [Theory]
    [InlineData(new double[] { 5 }, 5)]
    [InlineData(new double[] { 1, 3 }, 2)]
    [InlineData(new double[] { 1, 2, 100 }, 2)]
    [InlineData(new double[] { 10, 20, 30, 40 }, 25)]
    public void The_median_is_the_middle_value_or_the_mean_of_the_two_middle_ones(double[] sorted, double expected) =>
        Assert.Equal(expected, Statistics.Median(sorted));

    [Theory]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 9)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }, 10)]
    [InlineData(new double[] { 7 }, 7)]
    [InlineData(new double[] { 1, 1000 }, 1000)]
    public void The_p90_is_the_nearest_rank_value(double[] sorted, double expected) =>
        Assert.Equal(expected, Statistics.Percentile(sorted, 90));

    [Fact]
    public void No_values_give_no_median() => Assert.Null(Statistics.Median([]));
}
