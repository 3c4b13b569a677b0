using FsCheck;
using FsCheck.Fluent;
using PostmortemSite.Model;

namespace PostmortemSite.Tests.Linking;

public sealed class NameSlugsTests
{
    // Names built from these pieces meet on one readable slug far more often than random strings would.
    private static readonly string[] Pieces = ["a", "A", "b", " ", "-", "_", ".", "/", "中", "文", "国", "é", "e\u0301", "ﬁ", "fi", "1", "!", "\u0000", "\uD800", "😀", "..", "x"];

    private static readonly Arbitrary<string[]> NameLists =
        Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts)).ArrayOf().ToArbitrary();

    [Fact]
    public void Names_that_differ_other_than_in_case_never_share_a_slug()
    {
        Prop.ForAll(NameLists, names =>
        {
            var slugs = NameSlugs.For(names);
            foreach (var a in names)
            {
                foreach (var b in names)
                {
                    var same = NameSlugs.Identity(a) == NameSlugs.Identity(b);
                    if (same != (slugs.Of(a) == slugs.Of(b)))
                    {
                        return false;
                    }
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Every_slug_is_one_safe_path_segment()
    {
        Prop.ForAll(NameLists, names =>
        {
            var slugs = NameSlugs.For(names);
            return names.Select(slugs.Of).All(slug =>
                slug.Length > 0 && slug is not ("." or "..") && slug.IndexOfAny(['/', '\\', '?', '#', '%', ' ']) < 0
                && !slug.Any(char.IsControl) && System.Text.Encoding.UTF8.GetByteCount(slug) <= 255 && !slug.StartsWith('_'));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Theory]
    [InlineData("中文", "中国")]
    [InlineData("a b", "a-b")]
    [InlineData("payments api", "payments_api")]
    [InlineData("", "!!")]
    public void Two_names_that_once_shared_a_page_get_two_slugs(string one, string other)
    {
        var slugs = NameSlugs.For([one, other]);

        Assert.NotEqual(slugs.Of(one), slugs.Of(other));
    }

    [Theory]
    [InlineData("checkout", "checkout")]
    [InlineData("Payments API", "payments-api")]
    [InlineData("中文", "中文")]
    [InlineData("Café", "café")]
    public void A_name_alone_on_its_slug_keeps_a_readable_one(string name, string slug) =>
        Assert.Equal(slug, NameSlugs.For([name, "other"]).Of(name));

    [Fact]
    public void Names_that_differ_only_in_case_share_a_slug() =>
        Assert.Equal(NameSlugs.For(["Checkout", "checkout"]).Of("Checkout"), NameSlugs.For(["Checkout", "checkout"]).Of("checkout"));

    [Fact]
    public void A_name_the_set_was_not_made_from_cannot_take_another_names_page()
    {
        var slugs = NameSlugs.For(["a-b"]);

        Assert.NotEqual(slugs.Of("a-b"), slugs.Of("a b"));
    }
}
