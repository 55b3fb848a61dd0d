using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Core.Tests.Versions.Comparing;

public sealed class ShippedCorpusComparisonTests(ShippedMigrationCode code) : IClassFixture<ShippedMigrationCode>
{
    /// <summary>Without a budget: these tests assert what the complete comparison finds, which must not depend on the machine's load.</summary>
    private static VersionComparison Complete(IReadOnlyList<Core.Storage.StoredProvision> from, IReadOnlyList<Core.Storage.StoredProvision> to) =>
        ProvisionAligner.Compare(from, to, options: null, ComparisonBudget.None);

    [Fact]
    public void The_adopted_text_splits_Article_69_of_the_parliament_draft_into_69_and_70()
    {
        var comparison = Complete(code.Text("2013-04-parliament-draft"), code.Text("2013-07-adopted"));

        var fromArticle69 = comparison.Changes.Where(c => c.FromEId == "art_69").Select(c => (c.Kind, c.ToEId)).ToList();
        Assert.Equal([(ChangeKind.Split, "art_69"), (ChangeKind.Split, "art_70")], fromArticle69);
        Assert.DoesNotContain(comparison.Changes, c => c.Kind == ChangeKind.Added && c.ToEId == "art_70");
    }

    [Fact]
    public void The_parliament_draft_renumbers_the_articles_after_the_inserted_quota_article_instead_of_replacing_them()
    {
        var comparison = Complete(code.Text("2011-cabinet-draft"), code.Text("2013-04-parliament-draft"));

        var articles = comparison.Changes.Where(c => (c.FromEId ?? c.ToEId)!.StartsWith("art_", StringComparison.Ordinal) && !(c.FromEId ?? c.ToEId)!.Contains("__", StringComparison.Ordinal)).ToList();
        Assert.True(articles.Count(c => c.Kind == ChangeKind.Renumbered) >= 20, $"{articles.Count(c => c.Kind == ChangeKind.Renumbered)} articles renumbered");
        Assert.Equal(["art_6"], articles.Where(c => c.Kind == ChangeKind.Added).Select(c => c.ToEId));
        // The only article the draft dropped is the cabinet draft's last, on entry into force.
        Assert.Equal(["art_79"], articles.Where(c => c.Kind == ChangeKind.Removed).Select(c => c.FromEId));
    }

    [Fact]
    public void The_chapter_moved_to_Section_II_in_the_parliament_draft_is_a_move()
    {
        var comparison = Complete(code.Text("2011-cabinet-draft"), code.Text("2013-04-parliament-draft"));

        Assert.Contains(comparison.Changes, c => c.Kind == ChangeKind.Moved && c.FromEId!.StartsWith("chp_", StringComparison.Ordinal));
    }
}
