using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Core.Tests.Versions.Comparing;

/// <summary>What a comparison gives when its time budget runs out: the budget is spent at once here, never timed.</summary>
public sealed class ComparisonBudgetTests(ShippedMigrationCode code) : IClassFixture<ShippedMigrationCode>
{
    private static readonly TimeSpan Ample = TimeSpan.FromHours(1);

    public static TheoryData<string, string> ShippedPairs => new()
    {
        { "2011-cabinet-draft", "2013-04-parliament-draft" },
        { "2013-04-parliament-draft", "2013-07-adopted" },
        { "2013-07-adopted", "2014-10-amended" },
    };

    [Theory]
    [MemberData(nameof(ShippedPairs))]
    public void A_spent_budget_still_lists_every_provision_of_both_versions_exactly_once(string from, string to)
    {
        var (fromText, toText) = (code.Text(from), code.Text(to));

        var comparison = ProvisionAligner.Compare(fromText, toText, null, TimeSpan.Zero);

        Assert.Equal(fromText.Select(p => p.EId).Order(), comparison.Changes.Select(c => c.FromEId).OfType<string>().Order());
        Assert.Equal(toText.Select(p => p.EId).Order(), comparison.Changes.Select(c => c.ToEId).OfType<string>().Order());
        Assert.DoesNotContain(comparison.Changes, c => c.Kind is ChangeKind.Split or ChangeKind.Merged);
    }

    [Theory]
    [MemberData(nameof(ShippedPairs))]
    public void A_spent_budget_keeps_every_pair_that_keys_identical_texts_numbers_and_headings_found(string from, string to)
    {
        var (fromText, toText) = (code.Text(from), code.Text(to));

        var full = ProvisionAligner.Compare(fromText, toText, null, Ample);
        var curtailed = ProvisionAligner.Compare(fromText, toText, null, TimeSpan.Zero);

        // What the curtailed comparison pairs, the full one pairs the same way; it only leaves more added and removed (and a
        // chapter whose section is left alone then reads as moved).
        var fullPairs = full.Changes.Where(c => c.FromEId is not null && c.ToEId is not null).Select(c => (c.FromEId, c.ToEId)).ToHashSet();
        Assert.All(curtailed.Changes.Where(c => c.FromEId is not null && c.ToEId is not null), c => Assert.Contains((c.FromEId, c.ToEId), fullPairs));
    }

    [Fact]
    public void Renumbered_articles_are_still_recognised_by_their_headings_when_the_budget_is_spent()
    {
        var comparison = ProvisionAligner.Compare(code.Text("2011-cabinet-draft"), code.Text("2013-04-parliament-draft"), null, TimeSpan.Zero);

        var articles = comparison.Changes.Where(c => (c.FromEId ?? c.ToEId)!.StartsWith("art_", StringComparison.Ordinal) && !(c.FromEId ?? c.ToEId)!.Contains("__", StringComparison.Ordinal)).ToList();
        Assert.True(comparison.Curtailed);
        Assert.True(articles.Count(c => c.Kind == ChangeKind.Renumbered) >= 20, $"{articles.Count(c => c.Kind == ChangeKind.Renumbered)} articles renumbered");
    }

    [Fact]
    public void A_version_compared_with_itself_is_all_unchanged_and_not_curtailed_even_with_no_budget()
    {
        var text = code.Text("2013-07-adopted");

        var comparison = ProvisionAligner.Compare(text, text, null, TimeSpan.Zero);

        Assert.False(comparison.Curtailed);
        Assert.All(comparison.Changes, c => Assert.Equal(ChangeKind.Unchanged, c.Kind));
        Assert.Equal(text.Count, comparison.Changes.Count);
    }

    [Theory]
    [MemberData(nameof(ShippedPairs))]
    public void An_ample_budget_gives_what_the_default_gives_and_is_not_curtailed(string from, string to)
    {
        var (fromText, toText) = (code.Text(from), code.Text(to));

        var ample = ProvisionAligner.Compare(fromText, toText, null, Ample);

        Assert.False(ample.Curtailed);
        Assert.Equal(ample.Changes, ProvisionAligner.Compare(fromText, toText).Changes);
    }

    [Fact]
    public void No_budget_is_ever_spent_and_a_zero_one_is_spent_for_aligning_and_diffing_alike()
    {
        var none = ComparisonBudget.None;
        var zero = ComparisonBudget.Of(TimeSpan.Zero, TimeSpan.Zero);

        Assert.Equal((false, false, false, true), (none.Spent(), none.DiffingSpent(), none.Curtailed, none.IsNone));
        Assert.Equal((true, true, true, false), (zero.Spent(), zero.DiffingSpent(), zero.Curtailed, zero.IsNone));
    }

    [Fact]
    public void Past_the_diffing_deadline_a_changed_text_is_shown_replaced_and_before_it_diffed()
    {
        const string Before = "Əcnəbi 3 gün ərzində qeydiyyata alınır.";
        const string After = "Əcnəbi 10 gün ərzində qeydiyyata alınır.";

        Assert.True(WordDiff.Default.Compare(Before, After, ComparisonBudget.Of(TimeSpan.Zero, TimeSpan.Zero).DiffingDeadline).Replaced);
        Assert.False(WordDiff.Default.Compare(Before, After, ComparisonBudget.None.DiffingDeadline).Replaced);
    }
}
